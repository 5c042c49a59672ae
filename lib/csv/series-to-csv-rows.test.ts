import { describe, expect, it } from 'vitest';
import type { ArticleNote } from '../article/article-types';
import { DEFAULT_STATE, type DashboardState } from '../view-state/dashboard-state';
import type { CsvTable } from './csv-table';
import { seriesCsv } from './series-to-csv-rows';
import type { SeriesResponse, SourceInfo } from '../panel/series-types';

const WITS: SourceInfo = {
  id: 'wits-KAZ',
  publisher: 'World Bank, WITS',
  indicator: 'Trade Summary',
  unit: 'percent',
  url: 'https://wits.worldbank.org/x.zip',
  file: 'data/worldbank/en_KAZ.CSV',
  sha256: 'a'.repeat(64),
  loadedAt: '2026-01-01T00:00:00.000Z',
};
const DOTS: SourceInfo = {
  ...WITS,
  id: 'dots-central-asia',
  publisher: 'IMF, DOTS',
  file: 'data/imf-dots/dots.csv',
};

const NOTES: ArticleNote[] = [
  { id: 'sco-2001', yearFrom: 2001, yearTo: 2001, title: 'SCO founded', note: '', paragraph: 3 },
  { id: 'border', yearFrom: 1997, yearTo: 2001, title: 'Border settled', note: '', paragraph: 3 },
  { id: 'late', yearFrom: 2013, yearTo: 2013, title: 'Silk Road', note: '', paragraph: 3 },
];

const STATE: DashboardState = {
  ...DEFAULT_STATE,
  partners: ['CHN', 'RUS'],
  flows: ['import'],
  from: 2000,
  to: 2001,
};

function response(state: DashboardState = STATE): SeriesResponse {
  return {
    query: state,
    source: WITS,
    fillSource: state.fill ? DOTS : null,
    dataVersion: 1,
    sinceLink: null,
    series: [
      {
        reporter: 'KAZ',
        reporterName: 'Kazakhstan',
        partner: 'CHN',
        partnerName: 'China',
        flow: 'import',
        measure: 'share',
        unit: 'percent',
        points: [
          {
            year: 2000,
            value: null,
            reason: 'China was not among the top five',
            ...(state.fill ? { filled: { value: 3.2, source: 'dots' as const, flag: 'derived' } } : {}),
          },
          { year: 2001, value: 4.5 },
        ],
      },
      {
        reporter: 'KAZ',
        reporterName: 'Kazakhstan',
        partner: 'RUS',
        partnerName: 'Russia',
        flow: 'import',
        measure: 'share',
        unit: 'percent',
        points: [
          { year: 2000, value: 48.7, flag: 'estimate' },
          { year: 2001, value: 45.1 },
        ],
      },
    ],
  };
}

const VIEW_URL = 'https://example.org/?partners=CHN,RUS&flows=import&from=2000&to=2001';
const asObjects = ({ columns, rows }: CsvTable) =>
  rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]])));

describe('seriesCsv', () => {
  it('writes one row per partner, flow and year, in the order the page shows them', () => {
    const table = seriesCsv(response(), NOTES, VIEW_URL);
    const rows = asObjects(table);
    expect(rows.map((r) => `${r.partner} ${r.flow} ${r.year}`)).toEqual([
      'CHN import 2000',
      'CHN import 2001',
      'RUS import 2000',
      'RUS import 2001',
    ]);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });

  it('keeps a gap empty with its reason, never a zero', () => {
    const [gap] = asObjects(seriesCsv(response(), NOTES, VIEW_URL));
    expect(gap.value).toBeNull();
    expect(gap.gap_reason).toBe('China was not among the top five');
  });

  it('passes raw flag codes through', () => {
    const rows = asObjects(seriesCsv(response(), NOTES, VIEW_URL));
    expect(rows.find((r) => r.partner === 'RUS' && r.year === 2000)?.flag).toBe('estimate');
  });

  it('flags an IMF estimate with fixed partner shares, with the reason, and only that row', () => {
    const base = response();
    const estimated = {
      ...base,
      series: base.series.map((s) => ({
        ...s,
        points: s.points.map((p) => (p.year === 2001 ? { ...p, fixedShare: true as const } : p)),
      })),
    };
    const rows = asObjects(seriesCsv(estimated, NOTES, VIEW_URL));
    const flagged = rows.filter((r) => r.estimate === 'fixed-share-estimate');
    expect(flagged.map((r) => `${r.partner} ${r.year}`)).toEqual(['CHN 2001', 'RUS 2001']);
    expect(String(flagged[0].estimate_reason)).toMatch(/did not report this year.*fixed partner shares/);
    expect(
      rows.filter((r) => r.year === 2000).every((r) => r.estimate === null && r.estimate_reason === null),
    ).toBe(true);
  });

  it('puts the source and the view link on every row, so they survive sorting and filtering', () => {
    for (const row of asObjects(seriesCsv(response(), NOTES, VIEW_URL))) {
      expect(row).toMatchObject({
        source: WITS.publisher,
        source_indicator: WITS.indicator,
        source_file: WITS.file,
        source_url: WITS.url,
        source_sha256: WITS.sha256,
        source_loaded_at: WITS.loadedAt,
        view_url: VIEW_URL,
      });
    }
  });

  it('numbers the notes covering each year as the page does', () => {
    const rows = asObjects(seriesCsv(response(), NOTES, VIEW_URL));
    expect(rows.find((r) => r.partner === 'CHN' && r.year === 2000)?.annotation).toBe(
      '1. Border settled (1997–2001)',
    );
    expect(rows.find((r) => r.partner === 'CHN' && r.year === 2001)?.annotation).toBe(
      '1. Border settled (1997–2001); 2. SCO founded (2001)',
    );
  });

  it('leaves annotations out when the view turns them off', () => {
    const rows = asObjects(seriesCsv(response({ ...STATE, annotations: false }), NOTES, VIEW_URL));
    expect(rows.every((r) => r.annotation === '')).toBe(true);
  });

  it('leaves the article’s notes out of a view of another reporter than the one it is about', () => {
    const rows = asObjects(seriesCsv(response({ ...STATE, reporter: 'KGZ' }), NOTES, VIEW_URL));
    expect(rows.every((r) => r.annotation === '')).toBe(true);
  });

  it('says where a gap-filling value comes from, beside the empty published value', () => {
    const [gap] = asObjects(seriesCsv(response({ ...STATE, fill: true }), NOTES, VIEW_URL));
    expect(gap).toMatchObject({
      value: null,
      filled_value: 3.2,
      filled_source: 'IMF DOTS; data/imf-dots/dots.csv; flag: derived',
    });
  });

  it('leaves the source columns empty when the source has no file for the reporter', () => {
    const rows = asObjects(seriesCsv({ ...response(), source: null }, NOTES, VIEW_URL));
    expect(rows[0].source).toBeUndefined();
    expect(rows[0].source_file).toBeUndefined();
  });
});
