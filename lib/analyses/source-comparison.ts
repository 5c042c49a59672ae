import { formatDifference } from '../panel/format';
import type { SeriesPoint, SeriesResponse, SourceInfo } from '../panel/series-types';
import { FLOW_LABELS, type Flow } from '../view-state/trade-terms';
import { valueAxisTicks } from '../panel/axis-ticks';
import { largestValue, type Figure, type FigurePanel, type YearsShown } from './figure';
import { estimatedSpans, fixedShareEstimateText } from '../panel/fixed-share-estimates';

// Two publishers side by side: the World Bank's WITS share against the share computed from IMF
// DOTS (partner ÷ World × 100), for the same reporter, partner, flow and years.

export type ComparedYear = {
  year: number;
  wits: SeriesPoint;
  dots: SeriesPoint;
  difference: number | null; // WITS − IMF DOTS, percentage points
};

export type ComparedSeries = {
  partner: string;
  partnerName: string;
  reporterName: string;
  flow: Flow;
  years: ComparedYear[];
  summary: string;
};

export type SourceComparison = { series: ComparedSeries[]; wits: SourceInfo | null; dots: SourceInfo | null };

export function compareSources(wits: SeriesResponse, dots: SeriesResponse): SourceComparison {
  const series = wits.series.map((w) => {
    const d = dots.series.find((s) => s.partner === w.partner && s.flow === w.flow);
    const dotsByYear = new Map(d?.points.map((point) => [point.year, point]));
    const years = w.points.map((point) => {
      const other = dotsByYear.get(point.year) ?? {
        year: point.year,
        value: null,
        reason: 'IMF DOTS has no value.',
      };
      return {
        year: point.year,
        wits: point,
        dots: other,
        difference: point.value !== null && other.value !== null ? point.value - other.value : null,
      };
    });
    return {
      partner: w.partner,
      partnerName: w.partnerName,
      reporterName: w.reporterName,
      flow: w.flow,
      years,
      summary: summarise(w.partnerName, w.flow, years),
    };
  });
  return { series, wits: wits.source, dots: dots.source };
}

function summarise(partnerName: string, flow: Flow, years: ComparedYear[]): string {
  const both = years.filter((y) => y.difference !== null);
  const what = `${partnerName}’s share of ${FLOW_LABELS[flow].noun}`;
  if (both.length === 0) return `${what}: no year has both a WITS and an IMF DOTS value.`;
  const widest = both.reduce((a, b) => (Math.abs(b.difference!) > Math.abs(a.difference!) ? b : a));
  const meanAbs = both.reduce((sum, y) => sum + Math.abs(y.difference!), 0) / both.length;
  const witsOnly = years.filter((y) => y.wits.value !== null && y.dots.value === null).length;
  const dotsOnly = years.filter((y) => y.dots.value !== null && y.wits.value === null).length;
  // Where IMF DOTS's figures are IMF estimates with fixed partner shares, the reader is told which years.
  const spans = estimatedSpans(years.map((y) => y.dots));
  const estimates = spans.length > 0 ? ` IMF DOTS's figures are ${fixedShareEstimateText(spans)}.` : '';
  return (
    `${what}: both sources have ${both.length} of ${years.length} years; they differ by ${formatDifference(meanAbs, 'share').slice(1)} on average ` +
    `(absolute), most in ${widest.year} (WITS ${formatDifference(widest.difference!, 'share')} against IMF DOTS). ` +
    `${dotsOnly} year${dotsOnly === 1 ? '' : 's'} only IMF DOTS has, ${witsOnly} only WITS.${estimates}`
  );
}

export function sourceComparisonFigure(comparison: SourceComparison, { from, to }: YearsShown): Figure {
  const panels: FigurePanel[] = comparison.series.map((s) => ({
    id: `${s.partner}-${s.flow}`,
    title: `${s.partnerName}: ${FLOW_LABELS[s.flow].noun}`,
    lines: [
      { key: 'wits', name: 'World Bank WITS', styleIndex: 0 },
      { key: 'dots', name: 'IMF DOTS (computed share)', styleIndex: 1 },
    ],
    rows: s.years.map((y) => ({ year: y.year, values: { wits: y.wits.value, dots: y.dots.value } })),
    summary: s.summary,
  }));
  const ticks = valueAxisTicks(largestValue(panels));
  const reporter = comparison.series[0]?.reporterName ?? '';
  return {
    title: `WITS against IMF DOTS: partner shares of ${reporter}’s trade, ${from}–${to}`,
    axis: 'Share of total (%)',
    panels,
    from,
    to,
    yMax: ticks[ticks.length - 1],
    summary: sourcesOverview(comparison),
    sources: [comparison.wits, comparison.dots].filter((s): s is SourceInfo => s !== null),
  };
}

// One sentence over every series: how far the publishers differ where both have a value.
export function sourcesOverview(comparison: SourceComparison): string {
  const years = comparison.series.flatMap((s) => s.years.map((y) => ({ ...y, s })));
  const both = years.filter((y) => y.difference !== null);
  if (both.length === 0) return 'No year has both a WITS and an IMF DOTS value for the series shown.';
  const widest = both.reduce((a, b) => (Math.abs(b.difference!) > Math.abs(a.difference!) ? b : a));
  const meanAbs = both.reduce((sum, y) => sum + Math.abs(y.difference!), 0) / both.length;
  const where = `Where both publish a share (${both.length} of ${years.length} series-years)`;
  const mean = formatDifference(meanAbs, 'share').slice(1);
  const widestShare = `${widest.s.partnerName}’s share of ${FLOW_LABELS[widest.s.flow].noun} in ${widest.year}`;
  return (
    `${where}, WITS and IMF DOTS differ by ${mean} on average; ` +
    `the widest difference is ${formatDifference(widest.difference!, 'share')}, ${widestShare}.`
  );
}
