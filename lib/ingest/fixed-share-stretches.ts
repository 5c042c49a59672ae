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

// A reporter's shares in one flow as a grid: a row a year from `firstYear`, a column a partner,
// NaN where it has none. Compared row by row, with no object per share: a Map of Maps and a Set per
// year cost a 4 M-row load 8 s and kept their garbage long enough to grow the heap by 60 MB.
export type ShareGrid = { firstYear: number; width: number; shares: Float64Array };

export function shareGrid(shares: readonly PartnerShare[]): ShareGrid {
  const columns = new Map<string, number>();
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const { partnerCode, year } of shares) {
    if (!columns.has(partnerCode)) columns.set(partnerCode, columns.size);
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  const width = columns.size;
  const grid = new Float64Array(shares.length ? (lastYear - firstYear + 1) * width : 0).fill(NaN);
  for (const { partnerCode, year, share } of shares)
    grid[(year - firstYear) * width + columns.get(partnerCode)!] = share;
  return { firstYear, width, shares: grid };
}

// The years (ascending) whose shares keep the previous year's distribution, holes not bridged.
export const fixedShareYears = (shares: readonly PartnerShare[]) => fixedShareYearsOfGrid(shareGrid(shares));

export function fixedShareYearsOfGrid({ firstYear, width, shares }: ShareGrid): number[] {
  const ratios = new Float64Array(width);
  const row = (index: number) => shares.subarray(index * width, (index + 1) * width);
  const years: number[] = [];
  for (let index = 1; index * width < shares.length; index += 1)
    if (keepsDistribution(row(index - 1), row(index), ratios)) years.push(firstYear + index);
  return years;
}

// `ratios`: scratch space, one place a partner.
function keepsDistribution(before: Float64Array, now: Float64Array, ratios: Float64Array): boolean {
  const { minShare, minPartners, ratioTolerance, partnersHolding } = FIXED_SHARE_RULE;
  let partners = 0;
  let kept = 0;
  for (let p = 0; p < now.length; p += 1) {
    const [was, is] = [before[p], now[p]];
    if (!(is >= minShare) && !(was >= minShare)) continue; // NaN: no share that year
    partners += 1;
    // A partner that appears or vanishes did not keep its share.
    if (!Number.isNaN(was) && !Number.isNaN(is) && was > 0) ratios[kept++] = is / was;
  }
  if (partners < minPartners || kept < partnersHolding * partners) return false;
  const sorted = ratios.subarray(0, kept).sort();
  const middle = kept >> 1;
  const median = kept % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  let holding = 0;
  for (const ratio of sorted) if (Math.abs(ratio / median - 1) <= ratioTolerance) holding += 1;
  return holding >= partnersHolding * partners;
}

// The stretches of consecutive fixed-share years, with one-year holes between two such years bridged.
export const fixedShareStretches = (shares: readonly PartnerShare[]) => stretchesOf(fixedShareYears(shares));
export const fixedShareStretchesOfGrid = (grid: ShareGrid) => stretchesOf(fixedShareYearsOfGrid(grid));

function stretchesOf(years: readonly number[]): YearStretch[] {
  const stretches: YearStretch[] = [];
  for (const year of years) {
    const last = stretches.at(-1);
    if (last && year - last.lastYear <= 2) last.lastYear = year;
    else stretches.push({ firstYear: year, lastYear: year });
  }
  return stretches;
}
