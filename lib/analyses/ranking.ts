import { formatDifference, formatValue } from '../panel/format';
import { FLOW_LABELS, type Flow } from '../view-state/trade-terms';

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
  return { year, base, ranked, aggregates, absent };
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
    gainer && loser && gainer !== loser
      ? ` Since ${base}, ${gainer.name} gained most (${formatDifference(gainer.change!, 'share')})` +
        ` and ${loser.name} lost most (${formatDifference(loser.change!, 'share')}).`
      : '';
  return `In ${year} the largest shares of ${what} were ${top.join(', ')}; ${ranked.length} partners in all.${moves}`;
}

export function rankPartners(
  partners: PartnerShares[],
  year: number,
  base: number,
  reporterName: string,
  flow: Flow,
): Ranking {
  const ranking = buildRanking(partners, year, base);
  return { ...ranking, summary: rankingSummary(ranking, reporterName, flow) };
}
