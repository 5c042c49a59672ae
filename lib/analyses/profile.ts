import { RESOURCE_CLAIM, resourceClaimVerdict } from '../article/resource-claim';
import type { ClaimVerdict } from '../article/article-types';
import {
  isGroup,
  PRODUCT_GROUPS,
  productName,
  productOfCode,
  profileCode,
  PROFILE_SERIES,
  seriesOfCode,
  STAGES,
  type ProfileUnit,
} from '../view-state/profile-indicators';
import { FLOW_LABELS, FLOWS, type Flow } from '../view-state/trade-terms';
import type { Figure, FigurePanel } from './figure';
import type { ProfileResult } from './analysis-result';

// What an economy trades (issue 21): its exports and imports by WITS product group and stage of
// processing, the largest groups in a year with their change since a base year, its trade
// indicators, and the WITS years that do not add up, from the rows of ProfileValue. Pure.

export type ProfileInputValue = { code: number; year: number; value: number };
export type ReporterProfileInput = { code: string; name: string; values: ProfileInputValue[] };

export type GroupRow = {
  product: number;
  name: string;
  share: number | null; // % of the flow's total, in the year
  value: number | null; // US$ million
  baseShare: number | null;
  baseValue: number | null;
  change: number | null; // percentage points, share − base share
};

export type OddYear = { year: number; flow: Flow; text: string };

export type FlowProfile = {
  flow: Flow;
  groups: GroupRow[]; // by share in the year, largest first; groups without one last
  stages: GroupRow[];
  years: number[]; // the years with any product-group share
  odd: OddYear[];
  gap: string | null; // why there is nothing to show, when there is nothing
};

export type IndicatorRow = {
  series: number;
  label: string;
  unit: ProfileUnit;
  points: { year: number; value: number }[];
  value: number | null; // in the year
  baseValue: number | null;
};

export type ReporterProfile = {
  code: string;
  name: string;
  flows: Record<Flow, FlowProfile>;
  indicators: IndicatorRow[];
};

export type ResourceClaimCheck = {
  quote: string;
  context: string;
  paragraph: number;
  year: number;
  fuels: number | null;
  minerals: number | null;
  metals: number | null;
  verdict: ClaimVerdict;
  explanation: string;
};

// Shares are published to 0.01: sixteen of them may add up to 100 ± 0.08. A year whose groups
// are a point or more away from 100 is one WITS computed against another total.
const SUM_TOLERANCE = 1;
const SHARE_SERIES: Record<Flow, number> = { export: 2, import: 4 };
const VALUE_SERIES: Record<Flow, number> = { export: 1, import: 3 };

export function buildReporterProfile(
  input: ReporterProfileInput,
  year: number,
  base: number,
): ReporterProfile {
  const byCode = new Map<number, Map<number, number>>();
  for (const { code, year: y, value } of input.values) {
    if (!byCode.has(code)) byCode.set(code, new Map());
    byCode.get(code)!.set(y, value);
  }
  const at = (code: number, y: number) => byCode.get(code)?.get(y) ?? null;
  const flow = (f: Flow): FlowProfile => {
    const row = (product: number): GroupRow => {
      const share = at(profileCode(SHARE_SERIES[f], product), year);
      const baseShare = at(profileCode(SHARE_SERIES[f], product), base);
      return {
        product,
        name: productName(product),
        share,
        value: at(profileCode(VALUE_SERIES[f], product), year),
        baseShare,
        baseValue: at(profileCode(VALUE_SERIES[f], product), base),
        change: share !== null && baseShare !== null ? share - baseShare : null,
      };
    };
    const groups = PRODUCT_GROUPS.map((_, index) => row(index + 1)).sort(
      (a, b) => (b.share ?? -1) - (a.share ?? -1),
    );
    const stages = STAGES.map((_, index) => row(21 + index));
    const years = yearsOf(
      input.values,
      (code) => seriesOfCode(code) === SHARE_SERIES[f] && isGroup(productOfCode(code)),
    );
    const noun = `${input.name}’s ${FLOW_LABELS[f].noun}`;
    const gap =
      years.length === 0
        ? `WITS publishes no product-group figures of ${noun} in this file.`
        : !years.includes(year)
          ? `WITS has no product-group figures of ${noun} for ${year} (it has ${spanOf(years)}).`
          : null;
    return { flow: f, groups, stages, years, odd: oddYears(input, f), gap };
  };
  const indicators = PROFILE_SERIES.filter((s) => s.series >= 10).map((s) => {
    const code = profileCode(s.series, 0);
    const points = [...(byCode.get(code) ?? new Map<number, number>())]
      .map(([y, value]) => ({ year: y, value }))
      .sort((a, b) => a.year - b.year);
    return {
      series: s.series,
      label: s.label,
      unit: s.unit,
      points,
      value: at(code, year),
      baseValue: at(code, base),
    };
  });
  return {
    code: input.code,
    name: input.name,
    flows: { export: flow('export'), import: flow('import') },
    indicators,
  };
}

const yearsOf = (values: ProfileInputValue[], keep: (code: number) => boolean) =>
  [...new Set(values.filter((v) => keep(v.code)).map((v) => v.year))].sort((a, b) => a - b);

const spanOf = (years: number[]) =>
  years.length === 0 ? 'no year' : `${years[0]}–${years[years.length - 1]}`;

// The years where WITS's product groups of one flow do not add up: their shares a point or more
// away from 100 %, or fewer than the 16 groups given. Computed from the rows, year by year.
export function oddYears(input: ReporterProfileInput, flow: Flow): OddYear[] {
  const byYear = new Map<number, { count: number; sum: number }>();
  for (const v of input.values) {
    if (seriesOfCode(v.code) !== SHARE_SERIES[flow] || !isGroup(productOfCode(v.code))) continue;
    const entry = byYear.get(v.year) ?? { count: 0, sum: 0 };
    entry.count += 1;
    entry.sum += v.value;
    byYear.set(v.year, entry);
  }
  const noun = `${input.name}’s ${FLOW_LABELS[flow].noun}`;
  const odd: OddYear[] = [];
  const spikes = groupSpikes(input, flow);
  for (const [year, { count, sum }] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const parts: string[] = [...(spikes.get(year) ?? [])];
    if (count < PRODUCT_GROUPS.length)
      parts.push(`WITS gives ${count} of the ${PRODUCT_GROUPS.length} product groups (none for the others)`);
    if (Math.abs(sum - 100) >= SUM_TOLERANCE)
      parts.push(`the groups’ shares add up to ${sum.toFixed(2)} %, not 100 %`);
    if (parts.length > 0) odd.push({ year, flow, text: `${year}, ${noun}: ${parts.join('; ')}.` });
  }
  return odd;
}

// A group's share that jumps by SPIKE_POINTS or more against both the year before and the year
// after, in the same direction (Kazakhstan's exports in 2000: Miscellaneous 45.55 % between 0.28 %
// and 0.25 %), is a year WITS classified differently, not a change in what was traded.
const SPIKE_POINTS = 20;

function groupSpikes(input: ReporterProfileInput, flow: Flow): Map<number, string[]> {
  const shares = new Map<number, Map<number, number>>(); // product → year → share
  for (const v of input.values) {
    const product = productOfCode(v.code);
    if (seriesOfCode(v.code) !== SHARE_SERIES[flow] || !isGroup(product)) continue;
    if (!shares.has(product)) shares.set(product, new Map());
    shares.get(product)!.set(v.year, v.value);
  }
  const spikes = new Map<number, string[]>();
  for (const [product, byYear] of shares)
    for (const [year, share] of byYear) {
      const [before, after] = [byYear.get(year - 1), byYear.get(year + 1)];
      if (before === undefined || after === undefined) continue;
      const up = share - before >= SPIKE_POINTS && share - after >= SPIKE_POINTS;
      const down = before - share >= SPIKE_POINTS && after - share >= SPIKE_POINTS;
      if (!up && !down) continue;
      const text =
        `${productName(product)} is ${share.toFixed(2)} %, against ${before.toFixed(2)} % in ${year - 1} and ` +
        `${after.toFixed(2)} % in ${year + 1}`;
      spikes.set(year, [...(spikes.get(year) ?? []), text]);
    }
  return spikes;
}

// The article's resource claim beside Kazakhstan's export shares of Fuels, Minerals and Metals in
// the year shown; null for any other reporter.
export function resourceClaimCheck(profile: ReporterProfile, year: number): ResourceClaimCheck | null {
  if (profile.code !== RESOURCE_CLAIM.reporter) return null;
  const groups = profile.flows.export.groups;
  const share = (name: string) => groups.find((g) => g.name === name)?.share ?? null;
  const largest = groups[0]?.share !== null && groups[0] ? groups[0].name : null;
  const shares = {
    year,
    fuels: share('Fuels'),
    minerals: share('Minerals'),
    metals: share('Metals'),
    largest,
  };
  const { verdict, explanation } = resourceClaimVerdict(shares);
  const { quote, context, paragraph } = RESOURCE_CLAIM;
  return { quote, context, paragraph, ...shares, verdict, explanation };
}

// The small multiples: one panel per product group (in the order of the first reporter's exports
// in the year), each reporter's export and import shares over every year WITS has. Each panel on
// its own scale: a group of 0.1 % would be a flat line on a 0–100 axis.
export function profileFigure(
  { profiles, inputs, sources }: ProfileResult,
  { year }: { year: number },
): Figure {
  const groupOrder = profiles[0].flows.export.groups.map((g) => g.product);
  const allYears = inputs.flatMap((input) => yearsOf(input.values, (code) => isGroup(productOfCode(code))));
  const from = allYears.length > 0 ? Math.min(...allYears) : year;
  const to = allYears.length > 0 ? Math.max(...allYears) : year;
  const lines = profiles.flatMap((p, index) =>
    FLOWS.slice()
      .reverse()
      .map((f, flowIndex) => ({
        key: `${p.code}-${f}`,
        name: `${p.name}, ${FLOW_LABELS[f].noun}`,
        styleIndex: index * 2 + flowIndex,
      })),
  );
  const panels: FigurePanel[] = groupOrder.map((product) => {
    const rows = [];
    for (let y = from; y <= to; y += 1) {
      const values: Record<string, number | null> = {};
      profiles.forEach((p, index) => {
        for (const f of FLOWS) {
          const code = profileCode(SHARE_SERIES[f], product);
          values[`${p.code}-${f}`] =
            inputs[index].values.find((v) => v.code === code && v.year === y)?.value ?? null;
        }
      });
      rows.push({ year: y, values });
    }
    const name = productName(product);
    return {
      id: `group-${product}`,
      title: name,
      rows,
      lines,
      summary: panelSummary(profiles, product, year),
    };
  });
  const first = profiles[0];
  const top = first.flows.export.groups.filter((g) => g.share !== null).slice(0, 3);
  const summary =
    top.length > 0
      ? `In ${year}, ${first.name}’s largest export groups were ${top.map((g) => `${g.name} (${g.share!.toFixed(2)} %)`).join(', ')}.`
      : `WITS has no product-group shares of ${first.name}’s exports for ${year}.`;
  return {
    title: `What ${profiles.map((p) => p.name).join(' and ')} trade${profiles.length === 1 ? 's' : ''}: product groups`,
    axis: 'Share of exports or imports (%)',
    panels,
    from,
    to,
    yMax: null,
    summary,
    sources,
  };
}

function panelSummary(profiles: ReporterProfile[], product: number, year: number): string {
  return profiles
    .map((p) => {
      const parts = FLOWS.slice()
        .reverse()
        .map((f) => {
          const share = p.flows[f].groups.find((g) => g.product === product)?.share ?? null;
          return `${FLOW_LABELS[f].noun} ${share === null ? 'no value' : `${share.toFixed(2)} %`}`;
        });
      return `${p.name} in ${year}: ${parts.join(', ')}`;
    })
    .join('; ');
}
