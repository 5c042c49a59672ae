import { describe, expect, it } from 'vitest';
import { analysisFileStem } from './analysis-download';
import { ANALYSIS_DEFAULTS } from '../view-state/analysis-state';
import { buildMap } from './map';
import { mapCsv } from './map-csv';

const source = {
  id: 'dots',
  publisher: 'International Monetary Fund',
  indicator: 'DOTS',
  unit: 'US$ million',
  file: 'data/imf-dots/dots_all_long.csv.gz',
  url: 'https://data.imf.org/',
  sha256: 'abc123',
  loadedAt: '2026-12-03T00:00:00.000Z',
};

describe('the map as CSV', () => {
  const map = buildMap(
    [
      {
        code: 'MNG',
        name: 'Mongolia',
        first: new Map([[2017, { value: 30.5, flag: 'derived' }]]),
        second: new Map([[2017, { value: 28, flag: 'derived' }]]),
        reportedYears: new Set([2017]),
      },
      { code: 'SYC', name: 'Seychelles', first: new Map(), second: new Map(), reportedYears: new Set() },
    ],
    {
      first: { code: 'CHN', name: 'China' },
      second: { code: 'RUS', name: 'Russia' },
      flow: 'import',
      year: 2017,
      base: 1995,
      colouring: 'larger',
    },
  );
  const table = mapCsv(map, source, 'https://example.org/map?year=2017');
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])));

  it('has one row per economy, with both shares, the gap, which is larger and why one has no colour', () => {
    expect(rows.map((r) => [r.economy, r.first_share, r.second_share, r.gap_pp, r.larger])).toEqual([
      ['MNG', 30.5, 28, 2.5, 'CHN'],
      ['SYC', undefined, undefined, null, null],
    ]);
    expect(rows[1].no_data_reason).toBe('no imports reported to IMF DOTS for 2017');
  });

  it('carries the file, its SHA-256 and the view’s address on every row', () => {
    for (const row of rows) {
      expect([row.source_file, row.source_sha256, row.view_url]).toEqual([
        'data/imf-dots/dots_all_long.csv.gz',
        'abc123',
        'https://example.org/map?year=2017',
      ]);
    }
  });

  it('names its file after the partners, flow, year and colouring', () => {
    expect(analysisFileStem('map', { ...ANALYSIS_DEFAULTS.map, year: 2020 })).toBe(
      'map-chn-rus-import-2020-larger',
    );
  });
});
