import type { Flow } from '../view-state/trade-terms';

// IMF DOTS years a reporter did not report, which the IMF filled by spreading an estimated total
// over a fixed partner distribution (found by the loader: lib/ingest/fixed-share-stretches.ts;
// docs/fixed-share-estimates.md). Every value and share of that reporter's flow in those years is
// such an estimate. lib/data/get-catalog.ts reads them (getFixedShareStretches); these pure helpers say which
// years they cover and word them, the same way in every view.

export type FixedShareStretch = {
  datasetId: string;
  reporterCode: string;
  flow: Flow;
  firstYear: number;
  lastYear: number;
};

/** Whether the reporter's figures of this flow and year are IMF estimates with fixed partner shares. */
export function isFixedShareYear(
  stretches: readonly FixedShareStretch[],
  reporter: string,
  flow: Flow,
  year: number,
): boolean {
  return stretches.some(
    (s) => s.reporterCode === reporter && s.flow === flow && year >= s.firstYear && year <= s.lastYear,
  );
}

export type YearSpan = { firstYear: number; lastYear: number };

/** The spans that overlap from–to, clipped to it, earliest first. */
export function spansIn(spans: readonly YearSpan[], from: number, to: number): YearSpan[] {
  return spans
    .filter((s) => s.lastYear >= from && s.firstYear <= to)
    .map((s) => ({ firstYear: Math.max(s.firstYear, from), lastYear: Math.min(s.lastYear, to) }))
    .sort((a, b) => a.firstYear - b.firstYear);
}

const yearsText = (s: YearSpan) =>
  s.firstYear === s.lastYear ? `${s.firstYear}` : `${s.firstYear}–${s.lastYear}`;

/** "2001–2015", "1983–1988 and 2008–2015". */
export function stretchYearsText(stretches: readonly YearSpan[]): string {
  const parts = stretches.map(yearsText);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "IMF estimates with fixed partner shares in 2001–2015". */
export function fixedShareEstimateText(stretches: readonly YearSpan[]): string {
  return `IMF estimates with fixed partner shares in ${stretchYearsText(stretches)}`;
}

/** The one plain sentence a tooltip, a table row and a CSV row give for such a figure. */
export const FIXED_SHARE_REASON =
  'The reporter did not report this year: the IMF estimated it by spreading a total over fixed partner shares.';

/** The legend's and the CSV flag column's name for those points. */
export const FIXED_SHARE_LABEL = 'IMF estimate, fixed partner shares';
export const FIXED_SHARE_FLAG = 'fixed-share-estimate';

/** The runs of consecutive years whose points are such estimates. */
export function estimatedSpans(points: readonly { year: number; fixedShare?: true }[]): YearSpan[] {
  const years = [...new Set(points.filter((p) => p.fixedShare).map((p) => p.year))].sort((a, b) => a - b);
  const spans: YearSpan[] = [];
  for (const year of years) {
    const last = spans.at(-1);
    if (last && year === last.lastYear + 1) last.lastYear = year;
    else spans.push({ firstYear: year, lastYear: year });
  }
  return spans;
}

/** "; IMF estimates with fixed partner shares in 2001–2015 are left out": a finding read from reported years only says so. */
export function estimatesLeftOut(spans: readonly YearSpan[]): string {
  return spans.length === 0 ? '' : `; ${fixedShareEstimateText(spans)} are left out`;
}
