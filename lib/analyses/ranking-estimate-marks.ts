import { FIXED_SHARE_LABEL } from '../panel/fixed-share-estimates';
import type { Ranking } from './ranking';

// How the ranking's bars set apart a year whose figures are IMF estimates with fixed partner
// shares: the ranking's year (the bars) hatched, the base year (the ticks) dashed. The legend, the
// drawing's text alternative and the exported image's footer say it in the same words.
export type RankingEstimateMarks = {
  bars: boolean; // the bars' year is such an estimate: hatched
  ticks: boolean; // the base year's ticks: dashed
  legend: string; // "IMF estimate, fixed partner shares: 2010 (hatched bars)"
  sentence: string; // "The hatched bars (shares in 2010) are IMF estimates with fixed partner shares."
};

export function rankingEstimateMarks(
  ranking: Pick<Ranking, 'year' | 'base' | 'estimatedYears'>,
): RankingEstimateMarks | null {
  const { year, base, estimatedYears } = ranking;
  const bars = estimatedYears.includes(year);
  const ticks = estimatedYears.includes(base);
  if (!bars && !ticks) return null;
  const marked =
    year === base
      ? [{ year, what: 'hatched bars and dashed ticks' }]
      : [
          ...(bars ? [{ year, what: 'hatched bars' }] : []),
          ...(ticks ? [{ year: base, what: 'dashed ticks' }] : []),
        ];
  const legend = `${FIXED_SHARE_LABEL}: ${marked.map((m) => `${m.year} (${m.what})`).join(' and ')}`;
  const parts = marked.map((m) => `the ${m.what} (shares in ${m.year})`).join(' and ');
  const sentence = `${parts[0].toUpperCase()}${parts.slice(1)} are IMF estimates with fixed partner shares.`;
  return { bars, ticks, legend, sentence };
}
