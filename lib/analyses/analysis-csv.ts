import { FIXED_SHARE_FLAG, FIXED_SHARE_REASON } from '../panel/fixed-share-estimates';
import type { CsvCell } from '../csv/csv';
import type { SourceInfo } from '../panel/series-types';
import type { MirrorPair } from './mirror';
import type { Ranking } from './ranking';
import type { RegionPanel } from './region';
import type { SourceComparison } from './source-comparison';

// Each analysis view as CSV rows, one per figure on screen, with its provenance in columns on every
// row (publisher, file, address, SHA-256 and load time), as lib/csv/series-to-csv-rows.ts does.

type Table = { columns: readonly string[]; rows: CsvCell[][] };

const table = <C extends string>(columns: readonly C[], records: Record<C, CsvCell>[]): Table => ({
  columns,
  rows: records.map((record) => columns.map((column) => record[column])),
});

function provenance(prefix: string, source: SourceInfo | null | undefined) {
  return {
    [`${prefix}source`]: source?.publisher,
    [`${prefix}source_file`]: source?.file,
    [`${prefix}source_sha256`]: source?.sha256,
    [`${prefix}source_url`]: source?.url,
    [`${prefix}source_loaded_at`]: source?.loadedAt,
  };
}
const PROVENANCE = ['source', 'source_file', 'source_sha256', 'source_url', 'source_loaded_at'] as const;
const prefixed = <P extends string>(prefix: P) =>
  PROVENANCE.map((c) => `${prefix}${c}` as `${P}${(typeof PROVENANCE)[number]}`);

const MIRROR_COLUMNS = [
  'reporter',
  'reporter_name',
  'partner',
  'partner_name',
  'flow',
  'year',
  'unit',
  'reporter_value',
  'reporter_valuation',
  'reporter_flag',
  'reporter_estimate',
  'partner_flow',
  'partner_value',
  'partner_valuation',
  'partner_flag',
  'partner_estimate',
  'estimate_reason',
  'gap',
  'gap_percent',
  'gap_reason',
  ...prefixed('reporter_'),
  ...prefixed('partner_'),
  'view_url',
] as const;

export function mirrorCsv(pairs: MirrorPair[], sources: SourceInfo[], viewUrl: string): Table {
  const byId = (id: string | undefined) => sources.find((s) => s.id === id);
  return table(
    MIRROR_COLUMNS,
    pairs.flatMap((pair) =>
      pair.rows.map(
        (row) =>
          ({
            reporter: pair.reporter.code,
            reporter_name: pair.reporter.name,
            partner: pair.partner.code,
            partner_name: pair.partner.name,
            flow: pair.flow,
            year: row.year,
            unit: 'US$ million',
            reporter_value: row.own?.value,
            reporter_valuation: pair.flow === 'import' ? 'CIF' : 'FOB',
            reporter_flag: row.own?.flag,
            reporter_estimate: row.own?.fixedShare ? FIXED_SHARE_FLAG : null,
            partner_flow: pair.mirrorFlow,
            partner_value: row.mirror?.value,
            partner_valuation: pair.mirrorFlow === 'import' ? 'CIF' : 'FOB',
            partner_flag: row.mirror?.flag,
            partner_estimate: row.mirror?.fixedShare ? FIXED_SHARE_FLAG : null,
            estimate_reason: row.own?.fixedShare || row.mirror?.fixedShare ? FIXED_SHARE_REASON : null,
            gap: row.gap,
            gap_percent: row.gapPercent,
            gap_reason: row.reason,
            ...provenance('reporter_', byId(row.own?.datasetId)),
            ...provenance('partner_', byId(row.mirror?.datasetId)),
            view_url: viewUrl,
          }) as Record<(typeof MIRROR_COLUMNS)[number], CsvCell>,
      ),
    ),
  );
}

const REGION_COLUMNS = [
  'reporter',
  'reporter_name',
  'flow',
  'measure',
  'unit',
  'year',
  'china_share',
  'russia_share',
  'estimate',
  'estimate_reason',
  'crossover',
  'crossover_year',
  ...PROVENANCE,
  'view_url',
] as const;

export function regionCsv(
  panels: RegionPanel[],
  flow: string,
  sourceOf: Record<string, SourceInfo>,
  viewUrl: string,
): Table {
  return table(
    REGION_COLUMNS,
    panels.flatMap((panel) =>
      panel.pairs.map(
        (pair) =>
          ({
            reporter: panel.code,
            reporter_name: panel.name,
            flow,
            measure: 'share',
            unit: 'percent',
            year: pair.year,
            china_share: pair.china,
            russia_share: pair.russia,
            estimate: pair.estimated ? FIXED_SHARE_FLAG : null,
            estimate_reason: pair.estimated ? FIXED_SHARE_REASON : null,
            crossover: panel.crossover.kind,
            crossover_year: panel.crossover.kind === 'passed' ? panel.crossover.year : null,
            ...provenance('', sourceOf[panel.code]),
            view_url: viewUrl,
          }) as Record<(typeof REGION_COLUMNS)[number], CsvCell>,
      ),
    ),
  );
}

const RANKING_COLUMNS = [
  'rank',
  'partner',
  'partner_name',
  'kind',
  'reporter',
  'reporter_name',
  'flow',
  'unit',
  'year',
  'share',
  'flag',
  'estimate',
  'base_year',
  'base_share',
  'base_flag',
  'base_estimate',
  'estimate_reason',
  'base_rank',
  'change_pp',
  'value_usd_million',
  'base_value_usd_million',
  ...PROVENANCE,
  'view_url',
] as const;

export function rankingCsv(
  ranking: Ranking,
  reporter: { code: string; name: string; flow: string },
  source: SourceInfo | null,
  viewUrl: string,
): Table {
  const entries = [
    ...ranking.ranked,
    ...ranking.absent.map((p) => ({ ...p, rank: null, baseRank: null, change: null })),
    ...ranking.aggregates.map((p) => ({ ...p, rank: null, baseRank: null, change: null })),
  ];
  const yearEstimated = ranking.estimatedYears.includes(ranking.year);
  const baseEstimated = ranking.estimatedYears.includes(ranking.base);
  return table(
    RANKING_COLUMNS,
    entries.map(
      (p) =>
        ({
          rank: p.rank,
          partner: p.code,
          partner_name: p.name,
          kind: p.kind,
          reporter: reporter.code,
          reporter_name: reporter.name,
          flow: reporter.flow,
          unit: 'percent',
          year: ranking.year,
          share: p.share?.value,
          flag: p.share?.flag,
          estimate: yearEstimated ? FIXED_SHARE_FLAG : null,
          base_year: ranking.base,
          base_share: p.baseShare?.value,
          base_flag: p.baseShare?.flag,
          base_estimate: baseEstimated ? FIXED_SHARE_FLAG : null,
          estimate_reason: yearEstimated || baseEstimated ? FIXED_SHARE_REASON : null,
          base_rank: p.baseRank,
          change_pp: p.change,
          value_usd_million: p.amount,
          base_value_usd_million: p.baseAmount,
          ...provenance('', source),
          view_url: viewUrl,
        }) as Record<(typeof RANKING_COLUMNS)[number], CsvCell>,
    ),
  );
}

const SOURCES_COLUMNS = [
  'reporter',
  'reporter_name',
  'partner',
  'partner_name',
  'flow',
  'unit',
  'year',
  'wits_value',
  'wits_gap_reason',
  'dots_value',
  'dots_flag',
  'dots_gap_reason',
  'difference_pp',
  ...prefixed('wits_'),
  ...prefixed('dots_'),
  'view_url',
] as const;

export function sourceComparisonCsv(comparison: SourceComparison, reporter: string, viewUrl: string): Table {
  return table(
    SOURCES_COLUMNS,
    comparison.series.flatMap((s) =>
      s.years.map(
        (y) =>
          ({
            reporter,
            reporter_name: s.reporterName,
            partner: s.partner,
            partner_name: s.partnerName,
            flow: s.flow,
            unit: 'percent',
            year: y.year,
            wits_value: y.wits.value,
            wits_gap_reason: y.wits.reason,
            dots_value: y.dots.value,
            dots_flag: y.dots.flag,
            dots_gap_reason: y.dots.reason,
            difference_pp: y.difference,
            ...provenance('wits_', comparison.wits),
            ...provenance('dots_', comparison.dots),
            view_url: viewUrl,
          }) as Record<(typeof SOURCES_COLUMNS)[number], CsvCell>,
      ),
    ),
  );
}
