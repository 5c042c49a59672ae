import { formatDifference, formatValue } from '../panel/format';
import { FLOW_LABELS, type Flow } from '../view-state/trade-terms';
import { stretchYearsText, type YearSpan } from '../panel/fixed-share-estimates';

// Who trades with whom in a year: the reporter's partners ranked by their share of its trade,
// with the change since a base year. Aggregates (World, regions, IMF country groups) are not
// partners: they are kept out of the ranking and listed apart, named as aggregates.

export type PartnerShares = {
  code: string;
  name: string;
  kind: string; // "economy" | "aggregate", from data/economies.csv
  share: { value: number; flag: string | null } | null; // in the ranking's year
  baseShare: { value: number; flag: string | null } | null; // in the base year
  amount?: number | null; // US$ million in the ranking's year, where the source publishes values
  baseAmount?: number | null;
};

export type RankedPartner = PartnerShares & {
  rank: number;
  baseRank: number | null; // null: no share in the base year
  change: number | null; // percentage points, year − base
};

export type Ranking = {
  year: number;
  base: number;
  // Of the two years, those whose figures are IMF estimates with fixed partner shares (ascending).
  estimatedYears: number[];
  estimated: YearSpan[]; // the reporter's stretches of such estimates that hold them
  ranked: RankedPartner[];
  aggregates: PartnerShares[];
  absent: PartnerShares[]; // partners with a share in the base year only
  summary: string;
};

const WORLD = 'WLD';

export function buildRanking(
  partners: PartnerShares[],
  year: number,
  base: number,
  estimated: YearSpan[] = [],
): Omit<Ranking, 'summary'> {
  const economies = partners.filter((p) => p.kind !== 'aggregate' && p.code !== WORLD);
  const byShare = (pick: (p: PartnerShares) => number | undefined) => (a: PartnerShares, b: PartnerShares) =>
    (pick(b) ?? 0) - (pick(a) ?? 0) || a.name.localeCompare(b.name);
  const baseOrder = economies.filter((p) => p.baseShare).sort(byShare((p) => p.baseShare?.value));
  const baseRanks = new Map(baseOrder.map((p, index) => [p.code, index + 1]));
  const ranked = economies
    .filter((p) => p.share)
    .sort(byShare((p) => p.share?.value))
    .map((p, index) => ({
      ...p,
      rank: index + 1,
      baseRank: baseRanks.get(p.code) ?? null,
      change: p.baseShare ? p.share!.value - p.baseShare.value : null,
    }));
  const aggregates = partners
    .filter((p) => p.kind === 'aggregate' || p.code === WORLD)
    .sort((a, b) => (a.code === WORLD ? -1 : b.code === WORLD ? 1 : byShare((p) => p.share?.value)(a, b)));
  const absent = economies.filter((p) => !p.share && p.baseShare).sort(byShare((p) => p.baseShare?.value));
  const inStretch = (y: number) => estimated.some((s) => y >= s.firstYear && y <= s.lastYear);
  const estimatedYears = [...new Set([base, year])].filter(inStretch).sort((a, b) => a - b);
  const holding = estimated.filter((s) => estimatedYears.some((y) => y >= s.firstYear && y <= s.lastYear));
  return { year, base, estimatedYears, estimated: holding, ranked, aggregates, absent };
}

export function rankingSummary(ranking: Omit<Ranking, 'summary'>, reporterName: string, flow: Flow): string {
  const { ranked, year, base } = ranking;
  const what = `${reporterName}’s ${FLOW_LABELS[flow].noun}`;
  if (ranked.length === 0) return `No partner has a share of ${what} in ${year}.`;
  const top = ranked.slice(0, 3).map((p) => `${p.name} ${formatValue(p.share!.value, 'share')}`);
  const movers = ranked.filter((p) => p.change !== null).sort((a, b) => b.change! - a.change!);
  const gainer = movers[0];
  const loser = movers[movers.length - 1];
  const moves =
    gainer && loser && gainer !== loser && ranking.estimatedYears.length === 0
      ? ` Since ${base}, ${gainer.name} gained most (${formatDifference(gainer.change!, 'share')})` +
        ` and ${loser.name} lost most (${formatDifference(loser.change!, 'share')}).`
      : '';
  const ranks = `the largest shares of ${what} were ${top.join(', ')}; ${ranked.length} partners in all.`;
  if (ranking.estimatedYears.includes(year))
    return `${rankingEstimateNote(ranking, reporterName)} In ${year}, by the IMF’s estimate, ${ranks}`;
  return `In ${year} ${ranks}${moves}${ranking.estimatedYears.length > 0 ? ` ${rankingEstimateNote(ranking, reporterName)}` : ''}`;
}

// Says how many of the two years compared are IMF fixed-share estimates, and why no change is told.
export function rankingEstimateNote(
  ranking: Pick<Ranking, 'estimatedYears' | 'estimated' | 'year' | 'base'>,
  reporterName: string,
): string {
  const { estimatedYears, estimated, year, base } = ranking;
  if (estimatedYears.length === 0) return '';
  const which =
    year === base
      ? `${year} is an IMF estimate`
      : estimatedYears.length === 2
        ? `Both years compared, ${estimatedYears.join(' and ')}, are IMF estimates`
        : `One of the two years compared, ${estimatedYears[0]}, is an IMF estimate`;
  const why = `${reporterName} did not report in ${stretchYearsText(estimated)}; the IMF spread an estimated total over fixed partner shares`;
  return `${which} with fixed partner shares (${why}), so no change${year === base ? '' : ` since ${base}`} is stated.`;
}

export function rankPartners(
  partners: PartnerShares[],
  year: number,
  base: number,
  reporterName: string,
  flow: Flow,
  estimated: YearSpan[] = [], // the reporter's IMF fixed-share estimate stretches for this flow
): Ranking {
  const ranking = buildRanking(partners, year, base, estimated);
  return { ...ranking, summary: rankingSummary(ranking, reporterName, flow) };
}
