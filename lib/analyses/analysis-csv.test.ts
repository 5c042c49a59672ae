import { describe, expect, it } from 'vitest';
import type { SourceInfo } from '../panel/series-types';
import { mirrorCsv, rankingCsv } from './analysis-csv';
import { buildMirrorPair } from './mirror';
import { rankPartners } from './ranking';

const source = (id: string, file: string): SourceInfo => ({
  id,
  publisher: 'IMF',
  indicator: 'DOTS',
  unit: 'US$ million',
  url: 'https://data.imf.org/',
  file,
  sha256: `sha-of-${file}`,
  loadedAt: '2026-11-29T00:00:00.000Z',
});

describe('analysis CSV rows', () => {
  it('mirror: traces each side to its own file and leaves a missing side empty with the reason', () => {
    const pair = buildMirrorPair(
      {
        reporter: { code: 'KAZ', name: 'Kazakhstan' },
        partner: { code: 'CHN', name: 'China' },
        flow: 'import',
        own: [{ year: 2000, value: 110, flag: null, datasetId: 'asia' }],
        mirror: [],
        reporterReports: true,
        partnerReports: false,
      },
      2000,
      2000,
    );
    const { columns, rows } = mirrorCsv([pair], [source('asia', 'asia.csv')], 'http://x/mirror');
    const row = Object.fromEntries(columns.map((c, i) => [c, rows[0][i]]));
    expect(row).toMatchObject({
      reporter_value: 110,
      reporter_valuation: 'CIF',
      partner_valuation: 'FOB',
      reporter_source_file: 'asia.csv',
      reporter_source_sha256: 'sha-of-asia.csv',
      view_url: 'http://x/mirror',
    });
    expect(row.partner_value).toBeUndefined();
    expect(row.partner_source_file).toBeUndefined();
    expect(row.gap).toBeNull();
    expect(String(row.gap_reason)).toContain('no figures reported by China');
  });

  it('ranking: ranked partners first, then aggregates with an empty rank', () => {
    const share = (value: number) => ({ value, flag: 'derived' });
    const ranking = rankPartners(
      [
        { code: 'WLD', name: 'World', kind: 'aggregate', share: null, baseShare: null, amount: 500 },
        { code: 'CHN', name: 'China', kind: 'economy', share: share(20), baseShare: share(5) },
      ],
      2017,
      1995,
      'Kazakhstan',
      'import',
    );
    const { columns, rows } = rankingCsv(
      ranking,
      { code: 'KAZ', name: 'Kazakhstan', flow: 'import' },
      null,
      'u',
    );
    const at = (i: number, c: string) => rows[i][columns.indexOf(c)];
    expect([at(0, 'partner'), at(0, 'rank'), at(0, 'change_pp')]).toEqual(['CHN', 1, 15]);
    expect([at(1, 'partner'), at(1, 'rank'), at(1, 'kind'), at(1, 'value_usd_million')]).toEqual([
      'WLD',
      null,
      'aggregate',
      500,
    ]);
  });
});
