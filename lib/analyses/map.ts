import { formatDifference, formatValue } from '../panel/format';
import type { MapColouring } from '../view-state/analysis-state';
import { FLOW_LABELS, type Flow } from '../view-state/trade-terms';
import { passedForGood, type PassedForGood, type YearPair } from './passed-for-good';

// The world at a glance: for every economy that reports to IMF DOTS, which of two partners has the
// larger share of its trade in one year, and when the first partner's share passed the second's
// (the region view's definitions, ./passed-for-good.ts). Aggregates are never economies here: the
// data layer reads economies only. Drawing is the components' job; this says what each shape means.

export type MapShare = { value: number; flag: string | null };
export type Partner = { code: string; name: string };

// An economy's shares of one partner by year: a Map, or the compact table the data layer keeps
// (./year-shares-table.ts). Iterated in year order or not: readers sort where order matters.
export type SharesByYear = Pick<ReadonlyMap<number, MapShare>, 'get' | 'has'> & Iterable<[number, MapShare]>;

// What the data layer reads for one economy: its two shares by year, and whether it reported the
// flow at all (a World total) in the map's year, so a missing share can be told apart from a missing year.
export type EconomyShares = {
  code: string;
  name: string;
  first: SharesByYear;
  second: SharesByYear;
  reportedYears: ReadonlySet<number>; // holding the map's year when it reported the flow then
  // Years whose figures are known estimates, with what to tell the reader (none by default; a
  // detector of IMF fixed-share estimates fills this in).
  estimates?: Map<number, string>;
};

export type Leader = 'first' | 'second' | 'equal';

export type MapEconomy = {
  code: string;
  name: string;
  first: MapShare | null; // the first partner's share of this economy's flow, in the year
  second: MapShare | null;
  gap: number | null; // first − second, percentage points
  leader: Leader | null; // null: not compared in the year (noData says why)
  crossover: PassedForGood; // over every year up to the map's year
  noData: string | null;
  // A note that the figures rest on estimates (none by default; IMF-flagged values say so here).
  estimateNote: string | null;
  category: string; // the colour key under the map's colouring (MapModel.legend)
  detail: string; // one line for the details box and the shape's accessible name
};

export type LegendEntry = { key: string; label: string; count: number };

export type MapModel = {
  year: number;
  base: number;
  flow: Flow;
  colouring: MapColouring;
  first: Partner;
  second: Partner;
  economies: MapEconomy[]; // sorted by name
  legend: LegendEntry[];
  sentence: string;
};

export const NO_DATA = 'no-data';
const ESTIMATE_FLAGS = new Set(['estimate', 'derived-from-estimate']);

export function buildMap(
  economies: EconomyShares[],
  options: {
    first: Partner;
    second: Partner;
    flow: Flow;
    year: number;
    base: number;
    colouring: MapColouring;
  },
): MapModel {
  const { year, colouring } = options;
  const bins = colouring === 'passed' ? passedBins(year) : [];
  const rows = economies
    .map((economy) => mapEconomy(economy, options, bins))
    .sort((a, b) => a.name.localeCompare(b.name));
  const legend = legendOf(colouring, options, bins).map((entry) => ({
    ...entry,
    count: rows.filter((row) => row.category === entry.key).length,
  }));
  const sentence =
    colouring === 'larger' ? largerSentence(rows, economies, options) : passedSentence(rows, options);
  return { ...options, economies: rows, legend, sentence };
}

type Options = Parameters<typeof buildMap>[1];
type Bin = { key: string; from: number; to: number };

function mapEconomy(economy: EconomyShares, options: Options, bins: Bin[]): MapEconomy {
  const { first, second, year, flow } = options;
  const a = economy.first.get(year) ?? null;
  const b = economy.second.get(year) ?? null;
  const isPartner = economy.code === first.code || economy.code === second.code;
  const crossover: PassedForGood = isPartner
    ? { kind: 'no-overlap' }
    : passedForGood(pairsUpTo(economy, year));
  const compared = !isPartner && a !== null && b !== null;
  const noData = compared ? null : noDataReason(economy, options, a, b, isPartner);
  const gap = compared ? a.value - b.value : null;
  const leader: Leader | null = gap === null ? null : gap > 0 ? 'first' : gap < 0 ? 'second' : 'equal';
  const estimated = [a, b].some((share) => share?.flag && ESTIMATE_FLAGS.has(share.flag));
  const estimateNote = !compared
    ? null
    : (economy.estimates?.get(year) ?? (estimated ? 'rests on values the IMF marks as estimated' : null));
  const category =
    options.colouring === 'larger'
      ? (leader ?? NO_DATA)
      : isPartner
        ? NO_DATA
        : crossoverCategory(crossover, bins);
  const whose = `${economy.name}’s ${FLOW_LABELS[flow].noun}`;
  const shares = compared
    ? `${first.name} ${formatValue(a.value, 'share')}, ${second.name} ${formatValue(b.value, 'share')} of ${whose} ` +
      `in ${year} (${first.name} − ${second.name}: ${formatDifference(gap!, 'share')})`
    : `${economy.name}: ${noData}`;
  const detail = `${shares}. ${crossoverText(crossover, first, second, year)}${estimateNote ? ` This ${estimateNote}.` : ''}`;
  return {
    code: economy.code,
    name: economy.name,
    first: compared ? a : null,
    second: compared ? b : null,
    gap,
    leader,
    crossover,
    noData,
    estimateNote,
    category,
    detail: compared
      ? detail
      : `${shares}. ${isPartner ? '' : crossoverText(crossover, first, second, year)}`.trim(),
  };
}

// The years up to the map's with both shares (a crossover rests on those alone), and not of known
// estimates, in year order (as read they mostly are already, so the sort is mostly one pass).
export function pairsUpTo(economy: EconomyShares, year: number): YearPair[] {
  const pairs: YearPair[] = [];
  for (const [y, share] of economy.first) {
    if (y > year || economy.estimates?.has(y)) continue;
    const other = economy.second.get(y);
    if (other) pairs.push({ year: y, china: share.value, russia: other.value });
  }
  return pairs.sort((p, q) => p.year - q.year);
}

function noDataReason(
  economy: EconomyShares,
  { first, second, flow, year }: Options,
  a: MapShare | null,
  b: MapShare | null,
  isPartner: boolean,
): string {
  const noun = FLOW_LABELS[flow].noun;
  if (isPartner) return `one of the two partners compared, not a reporter on this map`;
  if (!economy.reportedYears.has(year)) return `no ${noun} reported to IMF DOTS for ${year}`;
  const missing = [a ? null : first.name, b ? null : second.name].filter((name) => name !== null);
  return `${noun} reported for ${year}, but no figure for trade with ${missing.join(' or ')}`;
}

// "Passed for good" years in five-year bins up to the map's year, earliest first.
function passedBins(year: number): Bin[] {
  const bins: Bin[] = [{ key: 'passed-1', from: 0, to: Math.min(year, 1999) }];
  for (let start = 2000; start <= year; start += 5)
    bins.push({ key: `passed-${bins.length + 1}`, from: start, to: Math.min(year, start + 4) });
  return bins;
}

function crossoverCategory(crossover: PassedForGood, bins: Bin[]): string {
  if (crossover.kind === 'passed') return bins.find((bin) => crossover.year <= bin.to)!.key;
  return crossover.kind === 'no-overlap' ? NO_DATA : crossover.kind;
}

function crossoverText(crossover: PassedForGood, first: Partner, second: Partner, year: number): string {
  const a = `${first.name}’s share`;
  const b = `${second.name}’s`;
  switch (crossover.kind) {
    case 'passed':
      return crossover.firstPassed === crossover.year
        ? `${a} passed ${b} in ${crossover.year} and stayed ahead to ${year}.`
        : `${a} first passed ${b} in ${crossover.firstPassed}, and for good in ${crossover.year}.`;
    case 'fell-back':
      return `${a} passed ${b} in ${crossover.firstPassed} but was behind again after ${crossover.lastAhead}.`;
    case 'ahead-throughout':
      return `${a} was larger than ${b} in every year with both, from ${crossover.since}.`;
    case 'not-passed':
      return `${a} has not passed ${b} by ${year}.`;
    case 'no-overlap':
      return `No year up to ${year} has both shares.`;
  }
}

function legendOf(colouring: MapColouring, { first, second, year }: Options, bins: Bin[]) {
  const a = `${first.name}’s share`;
  const b = `${second.name}’s`;
  if (colouring === 'larger')
    return [
      { key: 'first', label: `${a} larger than ${b}` },
      { key: 'second', label: `${second.name}’s share larger than ${first.name}’s` },
      { key: 'equal', label: 'Equal shares' },
      { key: NO_DATA, label: `No data: not both shares in ${year} (reason in the table)` },
    ];
  return [
    ...bins.map((bin) => ({
      key: bin.key,
      label: `${a} passed ${b} for good in ${bin.from === 0 ? `${bin.to} or before` : bin.from === bin.to ? bin.from : `${bin.from}–${bin.to}`}`,
    })),
    { key: 'ahead-throughout', label: `${a} larger in every year with both` },
    { key: 'fell-back', label: `${a} passed ${b}, then fell behind again` },
    { key: 'not-passed', label: `${a} has not passed ${b}` },
    { key: NO_DATA, label: `No data: no year up to ${year} with both shares` },
  ];
}

function largerSentence(rows: MapEconomy[], economies: EconomyShares[], options: Options): string {
  const { first, second, flow, year, base } = options;
  const whose = `${first.name}’s share of an economy’s ${FLOW_LABELS[flow].noun}`;
  const compared = rows.filter((row) => row.leader !== null);
  if (compared.length === 0)
    return `In ${year} no economy reports both ${first.name}’s and ${second.name}’s shares of its ${FLOW_LABELS[flow].noun}.`;
  const larger = compared.filter((row) => row.leader === 'first').length;
  const partners = new Set([first.code, second.code]);
  const inBase = economies.filter((e) => !partners.has(e.code) && e.first.has(base) && e.second.has(base));
  const baseLarger = inBase.filter((e) => e.first.get(base)!.value > e.second.get(base)!.value).length;
  const estimated = compared.filter((row) => row.estimateNote !== null).length;
  const then = base === year ? '' : `; in ${base} in ${baseLarger} of ${inBase.length}`;
  const note =
    estimated > 0
      ? ` In ${year}, ${estimated} of the ${compared.length} rest on estimates (each noted in the table).`
      : '';
  return `In ${year} ${whose} was larger than ${second.name}’s in ${larger} of ${compared.length} economies that report both${then}.${note}`;
}

function passedSentence(rows: MapEconomy[], { first, second, flow, year }: Options): string {
  const count = (kind: PassedForGood['kind']) =>
    rows.filter((row) => row.category !== NO_DATA && row.crossover.kind === kind).length;
  const withBoth = rows.filter((row) => row.category !== NO_DATA).length;
  const whose = `${first.name}’s share of an economy’s ${FLOW_LABELS[flow].noun}`;
  if (withBoth === 0)
    return `Up to ${year} no economy reports both ${first.name}’s and ${second.name}’s shares of its ${FLOW_LABELS[flow].noun}.`;
  return (
    `By ${year} ${whose} had passed ${second.name}’s for good in ${count('passed')} of ${withBoth} economies ` +
    `that report both in some year; it was larger from the first year with both in ${count('ahead-throughout')}, ` +
    `passed and fell behind again in ${count('fell-back')}, and had not passed it in ${count('not-passed')}.`
  );
}
