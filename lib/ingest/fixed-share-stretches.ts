// IMF DOTS fills a year a reporter did not report by spreading an estimated total over a fixed
// partner distribution: every partner's share stays what it was, to a hundredth of a point, while
// the total swings. The file does not flag those rows. This finds them from the shares themselves
// (docs/fixed-share-estimates.md gives the rule's reason and what it finds in the real file).
//
// A year is "fixed-share" when, among the partners that matter (a share of at least MIN_SHARE % in
// that year or the one before; aggregates such as World or "Asia not specified" left out by the
// caller), at least MIN_PARTNERS of them, PARTNERS_HOLDING of them moved from the previous year by
// the same factor, within RATIO_TOLERANCE of the median factor. The same factor, not 1: the IMF
// sometimes rescales the whole fixed distribution (Uzbekistan 2002–2005 drifts 0.02 points a year
// while every partner keeps its proportion to every other). A year that fails between two that pass
// is an estimate the rescaling hid (Uzbekistan's exports of 2004): one-year holes are bridged.
export const FIXED_SHARE_RULE = {
  minShare: 0.5, // %: smaller shares round to too few digits to judge
  minPartners: 3, // fewer partners cannot show a distribution held fixed
  ratioTolerance: 0.001, // 0.1 % of the median factor (34.41 % → ±0.034 points)
  partnersHolding: 0.8, // a reported year keeps far fewer of its partners' proportions
} as const;

export type PartnerShare = { partnerCode: string; year: number; share: number };
export type YearStretch = { firstYear: number; lastYear: number };

// The years (ascending) whose shares keep the previous year's distribution, holes not bridged.
export function fixedShareYears(shares: readonly PartnerShare[]): number[] {
  const byYear = new Map<number, Map<string, number>>();
  for (const { partnerCode, year, share } of shares) {
    let year_ = byYear.get(year);
    if (!year_) byYear.set(year, (year_ = new Map()));
    year_.set(partnerCode, share);
  }
  const years: number[] = [];
  for (const [year, now] of byYear) {
    const before = byYear.get(year - 1);
    if (before && keepsDistribution(before, now)) years.push(year);
  }
  return years.sort((a, b) => a - b);
}

function keepsDistribution(before: Map<string, number>, now: Map<string, number>): boolean {
  const { minShare, minPartners, ratioTolerance, partnersHolding } = FIXED_SHARE_RULE;
  const partners = new Set<string>();
  for (const [code, share] of now) if (share >= minShare) partners.add(code);
  for (const [code, share] of before) if (share >= minShare) partners.add(code);
  if (partners.size < minPartners) return false;
  const ratios: number[] = [];
  for (const code of partners) {
    const [was, is] = [before.get(code), now.get(code)];
    // A partner that appears or vanishes did not keep its share.
    if (was !== undefined && is !== undefined && was > 0) ratios.push(is / was);
  }
  if (ratios.length < partnersHolding * partners.size) return false;
  const median = medianOf(ratios);
  const holding = ratios.filter((r) => Math.abs(r / median - 1) <= ratioTolerance).length;
  return holding >= partnersHolding * partners.size;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// The stretches of consecutive fixed-share years, with one-year holes between two such years bridged.
export function fixedShareStretches(shares: readonly PartnerShare[]): YearStretch[] {
  const stretches: YearStretch[] = [];
  for (const year of fixedShareYears(shares)) {
    const last = stretches.at(-1);
    if (last && year - last.lastYear <= 2) last.lastYear = year;
    else stretches.push({ firstYear: year, lastYear: year });
  }
  return stretches;
}
