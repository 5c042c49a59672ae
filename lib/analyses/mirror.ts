import { formatNumber } from '../panel/format';
import { FLOW_LABELS, type Flow } from '../view-state/trade-terms';
import { listOf } from '../panel/view-text';
import type { Figure, FigurePanel, YearsShown } from './figure';
import type { MirrorResult } from './analysis-result';
import { estimatedSpans, stretchYearsText } from '../panel/fixed-share-estimates';

// Reported against mirror: every flow between two economies is reported twice, by each side.
// The reporter's imports from a partner (valued CIF, at the reporter's border) are the partner's
// exports to the reporter (valued FOB, at the partner's border), and the other way round.

export type Named = { code: string; name: string };
export type ReportedValue = {
  year: number;
  value: number;
  flag: string | null;
  datasetId: string;
  fixedShare?: true; // an IMF estimate with fixed partner shares, not a report (lib/panel/fixed-share-estimates.ts)
};

export type MirrorPairInput = {
  reporter: Named;
  partner: Named;
  flow: Flow; // as the reporter reports it
  own: ReportedValue[]; // the reporter's figures for the flow with the partner (US$ million)
  mirror: ReportedValue[]; // the partner's figures for the opposite flow with the reporter
  reporterReports: boolean; // whether the source holds any figure reported by the reporter
  partnerReports: boolean; // … and by the partner
};

export type MirrorRow = {
  year: number;
  own: ReportedValue | null;
  mirror: ReportedValue | null;
  gap: number | null; // own − mirror, US$ million
  gapPercent: number | null; // gap as a percentage of the mirror figure
  reason: string | null; // why a side is missing
};

export type MirrorPair = {
  reporter: Named;
  partner: Named;
  flow: Flow;
  mirrorFlow: Flow;
  rows: MirrorRow[];
  valuation: string;
  summary: string;
};

export const OPPOSITE_FLOW: Record<Flow, Flow> = { import: 'export', export: 'import' };
export const VALUATION: Record<Flow, string> = { import: 'CIF', export: 'FOB' };

export function buildMirrorPair(input: MirrorPairInput, from: number, to: number): MirrorPair {
  const { reporter, partner, flow } = input;
  const mirrorFlow = OPPOSITE_FLOW[flow];
  const ownByYear = new Map(input.own.map((v) => [v.year, v]));
  const mirrorByYear = new Map(input.mirror.map((v) => [v.year, v]));
  const rows: MirrorRow[] = [];
  for (let year = from; year <= to; year += 1) {
    const own = ownByYear.get(year) ?? null;
    const mirror = mirrorByYear.get(year) ?? null;
    const gap = own && mirror ? own.value - mirror.value : null;
    rows.push({
      year,
      own,
      mirror,
      gap,
      gapPercent: gap !== null && mirror!.value > 0 ? (gap / mirror!.value) * 100 : null,
      reason: missingReason(input, year, own, mirror),
    });
  }
  return {
    reporter,
    partner,
    flow,
    mirrorFlow,
    rows,
    valuation: valuationNote(reporter, partner, flow),
    summary: summarise(input, rows),
  };
}

function missingReason(
  input: MirrorPairInput,
  year: number,
  own: ReportedValue | null,
  mirror: ReportedValue | null,
): string | null {
  const missing: string[] = [];
  const { reporter, partner, flow } = input;
  if (!own)
    missing.push(
      input.reporterReports
        ? `${reporter.name} reports no ${FLOW_LABELS[flow].noun} from/to ${partner.name} for ${year}`
        : `IMF DOTS as loaded holds no figures reported by ${reporter.name}`,
    );
  if (!mirror)
    missing.push(
      input.partnerReports
        ? `${partner.name} reports no ${FLOW_LABELS[OPPOSITE_FLOW[flow]].noun} from/to ${reporter.name} for ${year}`
        : `IMF DOTS as loaded holds no figures reported by ${partner.name}`,
    );
  return missing.length > 0 ? `${missing.join('; ')}.` : null;
}

// Which side's valuation includes freight and insurance, so which figure is expected to be larger.
export function valuationNote(reporter: Named, partner: Named, flow: Flow): string {
  const cifSide = flow === 'import' ? reporter : partner;
  const fobSide = flow === 'import' ? partner : reporter;
  return (
    `${reporter.name}’s ${FLOW_LABELS[flow].noun} are valued ${VALUATION[flow]} and ${partner.name}’s ` +
    `${FLOW_LABELS[OPPOSITE_FLOW[flow]].noun} ${VALUATION[OPPOSITE_FLOW[flow]]}: ${cifSide.name}’s CIF figure ` +
    `includes the cost of freight and insurance to its border, so it is expected to exceed ${fobSide.name}’s FOB figure ` +
    `by that much even when both record the same goods.`
  );
}

// Both sides' figures, and both reported: a side's IMF fixed-share estimate is no report.
const bothReported = (row: MirrorRow) => row.gap !== null && !row.own?.fixedShare && !row.mirror?.fixedShare;

// "Uzbekistan’s own figures in 2001–2015 are IMF estimates with fixed partner shares, not reports." (or "")
function estimatesNote(input: MirrorPairInput, rows: MirrorRow[]): string {
  const side = (name: string, pick: (row: MirrorRow) => ReportedValue | null) => {
    const spans = estimatedSpans(rows.map((row) => ({ year: row.year, fixedShare: pick(row)?.fixedShare })));
    return spans.length === 0
      ? ''
      : ` ${name}’s own figures in ${stretchYearsText(spans)} are IMF estimates with fixed partner shares, not reports, and are left out.`;
  };
  return side(input.reporter.name, (row) => row.own) + side(input.partner.name, (row) => row.mirror);
}

function summarise(input: MirrorPairInput, rows: MirrorRow[]): string {
  const { reporter, partner, flow } = input;
  const both = rows.filter(bothReported);
  const heading = `${reporter.name}’s ${FLOW_LABELS[flow].noun} ${flow === 'import' ? 'from' : 'to'} ${partner.name}`;
  if (both.length === 0)
    return `${heading}: no year in ${rows[0]?.year}–${rows[rows.length - 1]?.year} has both sides’ figures.${estimatesNote(input, rows)}`;
  const last = both[both.length - 1];
  const cifAbove = both.filter((row) => (flow === 'import' ? row.gap! > 0 : row.gap! < 0)).length;
  const direction = last.gap! > 0 ? 'above' : last.gap! < 0 ? 'below' : 'equal to';
  const percent = last.gapPercent !== null ? ` (${formatNumber(Math.abs(last.gapPercent), 'value')} %)` : '';
  const cifSide = flow === 'import' ? reporter.name : partner.name;
  return (
    `${heading}: both sides report ${both.length} of ${rows.length} years. In ${last.year} ${reporter.name} reported ` +
    `US$ ${formatNumber(last.own!.value, 'value')} million and ${partner.name} US$ ${formatNumber(last.mirror!.value, 'value')} million, ` +
    `${reporter.name}’s figure ${direction === 'equal to' ? 'equal to' : `US$ ${formatNumber(Math.abs(last.gap!), 'value')} million${percent} ${direction}`} ` +
    `${partner.name}’s. Valuation alone would make ${cifSide}’s CIF figure the larger; it was in ${cifAbove} of ${both.length} years.` +
    estimatesNote(input, rows)
  );
}

// "Kazakhstan FOB, China CIF": how each side values the flow.
const valuations = (pair: MirrorPair) =>
  `${pair.reporter.name} ${VALUATION[pair.flow]}, ${pair.partner.name} ${VALUATION[pair.mirrorFlow]}`;

// Each pair as a panel of two lines, the reporter's figure and the partner's, in US$ million.
export function mirrorFigure({ pairs, sources }: MirrorResult, { from, to }: YearsShown): Figure {
  const panels: FigurePanel[] = pairs.map((pair) => ({
    id: `${pair.partner.code}-${pair.flow}`,
    title: `${FLOW_LABELS[pair.flow].title}, ${pair.partner.name} (${valuations(pair)})`,
    lines: [
      { key: 'own', name: `${pair.reporter.name}’s own figure`, styleIndex: 0 },
      { key: 'mirror', name: 'The partner’s mirror figure', styleIndex: 1 },
    ],
    rows: pair.rows.map((row) => ({
      year: row.year,
      values: { own: row.own?.value ?? null, mirror: row.mirror?.value ?? null },
      ...(row.own?.fixedShare || row.mirror?.fixedShare ? { estimated: true as const } : {}),
    })),
    summary: pair.summary,
  }));
  const reporter = pairs[0]?.reporter.name ?? '';
  return {
    title: `${reporter}’s trade as reported and as mirrored by ${listOf([...new Set(pairs.map((p) => p.partner.name))])}, ${from}–${to}`,
    axis: 'US$ million',
    panels,
    from,
    to,
    yMax: null, // each pair keeps its own scale: values differ by orders of magnitude between partners
    summary: mirrorOverview(pairs),
    sources,
  };
}

// One sentence over every pair: how often both sides report, and how often the reporter's is larger.
export function mirrorOverview(pairs: MirrorPair[]): string {
  const rows = pairs.flatMap((pair) => pair.rows);
  const both = rows.filter(bothReported);
  const estimated = rows.filter((row) => row.gap !== null && !bothReported(row)).length;
  const note =
    estimated > 0
      ? ` ${estimated} flow-year${estimated === 1 ? '' : 's'} with both figures ${estimated === 1 ? 'is' : 'are'} left out: ` +
        'one side’s figure is an IMF estimate with fixed partner shares.'
      : '';
  const reporter = pairs[0]?.reporter.name ?? '';
  if (both.length === 0)
    return `No year has both sides’ figures for any of the ${pairs.length} flows shown: each missing side is explained in the tables.${note}`;
  const larger = both.filter((row) => row.gap! > 0).length;
  const report = `Both sides report ${both.length} of ${rows.length} flow-years shown`;
  return `${report}; where both do, ${reporter}’s own figure is the larger in ${larger} and the partner’s in ${both.length - larger}.${note}`;
}
