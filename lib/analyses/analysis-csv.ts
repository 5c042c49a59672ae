import { csvTable, provenanceColumns, type CsvTable } from '../csv/csv-table';
import { FIXED_SHARE_FLAG, FIXED_SHARE_REASON } from '../panel/fixed-share-estimates';
import type { SourceInfo } from '../panel/series-types';
import { VALUATION, type MirrorPair } from './mirror';
import type { ReporterProfileInput } from './profile';
import {
  isGroup,
  productName,
  productOfCode,
  PROFILE_SERIES_BY_CODE,
  seriesOfCode,
} from '../view-state/profile-indicators';
import type { Ranking } from './ranking';
import type { RegionPanel } from './region';
import type { SourceComparison } from './source-comparison';

// Each analysis view as CSV rows, one per figure on screen, with its provenance in columns on every
// row (publisher, file, SHA-256, address and load time), as lib/csv/series-to-csv-rows.ts does.

export const PROVENANCE = ['publisher', 'file', 'sha256', 'url', 'loadedAt'] as const;

type MirrorRecord = { pair: MirrorPair; row: MirrorPair['rows'][number] };

export function mirrorCsv(pairs: MirrorPair[], sources: SourceInfo[], viewUrl: string): CsvTable {
  const byId = (id: string | undefined) => sources.find((s) => s.id === id);
  return csvTable<MirrorRecord>(
    {
      reporter: ({ pair }) => pair.reporter.code,
      reporter_name: ({ pair }) => pair.reporter.name,
      partner: ({ pair }) => pair.partner.code,
      partner_name: ({ pair }) => pair.partner.name,
      flow: ({ pair }) => pair.flow,
      year: ({ row }) => row.year,
      unit: () => 'US$ million',
      reporter_value: ({ row }) => row.own?.value,
      reporter_valuation: ({ pair }) => VALUATION[pair.flow],
      reporter_flag: ({ row }) => row.own?.flag,
      reporter_estimate: ({ row }) => (row.own?.fixedShare ? FIXED_SHARE_FLAG : null),
      partner_flow: ({ pair }) => pair.mirrorFlow,
      partner_value: ({ row }) => row.mirror?.value,
      partner_valuation: ({ pair }) => VALUATION[pair.mirrorFlow],
      partner_flag: ({ row }) => row.mirror?.flag,
      partner_estimate: ({ row }) => (row.mirror?.fixedShare ? FIXED_SHARE_FLAG : null),
      estimate_reason: ({ row }) =>
        row.own?.fixedShare || row.mirror?.fixedShare ? FIXED_SHARE_REASON : null,
      gap: ({ row }) => row.gap,
      gap_percent: ({ row }) => row.gapPercent,
      gap_reason: ({ row }) => row.reason,
      ...provenanceColumns(PROVENANCE, ({ row }) => byId(row.own?.datasetId), 'reporter_'),
      ...provenanceColumns(PROVENANCE, ({ row }) => byId(row.mirror?.datasetId), 'partner_'),
      view_url: () => viewUrl,
    },
    pairs.flatMap((pair) => pair.rows.map((row) => ({ pair, row }))),
  );
}

type RegionRecord = { panel: RegionPanel; pair: RegionPanel['pairs'][number] };

export function regionCsv(
  panels: RegionPanel[],
  flow: string,
  sourceOf: Record<string, SourceInfo>,
  viewUrl: string,
): CsvTable {
  return csvTable<RegionRecord>(
    {
      reporter: ({ panel }) => panel.code,
      reporter_name: ({ panel }) => panel.name,
      flow: () => flow,
      measure: () => 'share',
      unit: () => 'percent',
      year: ({ pair }) => pair.year,
      china_share: ({ pair }) => pair.china,
      russia_share: ({ pair }) => pair.russia,
      estimate: ({ pair }) => (pair.estimated ? FIXED_SHARE_FLAG : null),
      estimate_reason: ({ pair }) => (pair.estimated ? FIXED_SHARE_REASON : null),
      crossover: ({ panel }) => panel.crossover.kind,
      crossover_year: ({ panel }) => (panel.crossover.kind === 'passed' ? panel.crossover.year : null),
      ...provenanceColumns(PROVENANCE, ({ panel }) => sourceOf[panel.code]),
      view_url: () => viewUrl,
    },
    panels.flatMap((panel) => panel.pairs.map((pair) => ({ panel, pair }))),
  );
}

export function rankingCsv(
  ranking: Ranking,
  reporter: { code: string; name: string; flow: string },
  source: SourceInfo | null,
  viewUrl: string,
): CsvTable {
  const unranked = { rank: null, baseRank: null, change: null };
  const entries = [
    ...ranking.ranked,
    ...ranking.absent.map((p) => ({ ...p, ...unranked })),
    ...ranking.aggregates.map((p) => ({ ...p, ...unranked })),
  ];
  const yearEstimated = ranking.estimatedYears.includes(ranking.year);
  const baseEstimated = ranking.estimatedYears.includes(ranking.base);
  return csvTable<(typeof entries)[number]>(
    {
      rank: (p) => p.rank,
      partner: (p) => p.code,
      partner_name: (p) => p.name,
      kind: (p) => p.kind,
      reporter: () => reporter.code,
      reporter_name: () => reporter.name,
      flow: () => reporter.flow,
      unit: () => 'percent',
      year: () => ranking.year,
      share: (p) => p.share?.value,
      flag: (p) => p.share?.flag,
      estimate: () => (yearEstimated ? FIXED_SHARE_FLAG : null),
      base_year: () => ranking.base,
      base_share: (p) => p.baseShare?.value,
      base_flag: (p) => p.baseShare?.flag,
      base_estimate: () => (baseEstimated ? FIXED_SHARE_FLAG : null),
      estimate_reason: () => (yearEstimated || baseEstimated ? FIXED_SHARE_REASON : null),
      base_rank: (p) => p.baseRank,
      change_pp: (p) => p.change,
      value_usd_million: (p) => p.amount,
      base_value_usd_million: (p) => p.baseAmount,
      ...provenanceColumns(PROVENANCE, () => source),
      view_url: () => viewUrl,
    },
    entries,
  );
}

type ComparedRecord = {
  s: SourceComparison['series'][number];
  y: SourceComparison['series'][number]['years'][number];
};

export function sourceComparisonCsv(
  comparison: SourceComparison,
  reporter: string,
  viewUrl: string,
): CsvTable {
  return csvTable<ComparedRecord>(
    {
      reporter: () => reporter,
      reporter_name: ({ s }) => s.reporterName,
      partner: ({ s }) => s.partner,
      partner_name: ({ s }) => s.partnerName,
      flow: ({ s }) => s.flow,
      unit: () => 'percent',
      year: ({ y }) => y.year,
      wits_value: ({ y }) => y.wits.value,
      wits_gap_reason: ({ y }) => y.wits.reason,
      dots_value: ({ y }) => y.dots.value,
      dots_flag: ({ y }) => y.dots.flag,
      dots_estimate: ({ y }) => (y.dots.fixedShare ? FIXED_SHARE_FLAG : null),
      dots_estimate_reason: ({ y }) => (y.dots.fixedShare ? FIXED_SHARE_REASON : null),
      dots_gap_reason: ({ y }) => y.dots.reason,
      difference_pp: ({ y }) => y.difference,
      ...provenanceColumns(PROVENANCE, () => comparison.wits, 'wits_'),
      ...provenanceColumns(PROVENANCE, () => comparison.dots, 'dots_'),
      view_url: () => viewUrl,
    },
    comparison.series.flatMap((s) => s.years.map((y) => ({ s, y }))),
  );
}

type ProfileRecord = { input: ReporterProfileInput; value: ReporterProfileInput['values'][number] };

// Every value of each reporter's trade profile: the figure's shares over the years, the US$
// values and stages of the tables, the indicators of the sparklines.
export function profileCsv(
  inputs: ReporterProfileInput[],
  sourceOf: Record<string, SourceInfo>,
  viewUrl: string,
): CsvTable {
  const seriesOf = (v: ProfileRecord['value']) => PROFILE_SERIES_BY_CODE.get(seriesOfCode(v.code))!;
  const kind = (product: number) =>
    product === 0 ? 'all products' : isGroup(product) ? 'product group' : 'stage of processing';
  return csvTable<ProfileRecord>(
    {
      reporter: ({ input }) => input.code,
      reporter_name: ({ input }) => input.name,
      wits_indicator: ({ value }) => seriesOf(value).indicator,
      indicator: ({ value }) => seriesOf(value).label,
      product: ({ value }) => productName(productOfCode(value.code)),
      product_kind: ({ value }) => kind(productOfCode(value.code)),
      flow: ({ value }) => seriesOf(value).flow ?? null,
      unit: ({ value }) => seriesOf(value).unit,
      year: ({ value }) => value.year,
      value: ({ value }) => value.value,
      ...provenanceColumns(PROVENANCE, ({ input }) => sourceOf[input.code]),
      view_url: () => viewUrl,
    },
    inputs.flatMap((input) =>
      [...input.values].sort((a, b) => a.code - b.code || a.year - b.year).map((value) => ({ input, value })),
    ),
  );
}
