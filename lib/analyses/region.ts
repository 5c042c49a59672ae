import { formatValue } from '../panel/format';
import { FLOW_LABELS, SOURCE_LABELS, type Flow, type Source } from '../view-state/trade-terms';
import { passedForGood, type PassedForGood, type YearPair } from './passed-for-good';
import { valueAxisTicks } from '../panel/axis-ticks';
import { listOf } from '../panel/view-text';
import { largestValue, type Figure, type FigurePanel, type YearsShown } from './figure';
import type { RegionResult } from './analysis-result';
import {
  fixedShareEstimateText,
  spansIn,
  stretchYearsText,
  type YearSpan as YearStretch,
} from '../panel/fixed-share-estimates';

// The region at a glance: for each reporter, China's share of its trade against Russia's, on
// axes shared by every panel, each with the year China's share passed Russia's for good (./passed-for-good.ts).

export type ReporterShares = {
  code: string;
  name: string;
  china: Map<number, number>; // year → share (%)
  russia: Map<number, number>;
  estimated?: YearStretch[]; // IMF estimates with fixed partner shares (lib/panel/fixed-share-estimates.ts)
};

export type RegionPanel = {
  code: string;
  name: string;
  pairs: (YearPair & { estimated?: true })[];
  crossover: PassedForGood; // from the reported years only: never from IMF fixed-share estimates
  estimated: YearStretch[]; // those estimates' years within the range
  sentence: string;
};

export function buildRegionPanels(reporters: ReporterShares[], from: number, to: number): RegionPanel[] {
  return reporters.map((reporter) => {
    const estimated = spansIn(reporter.estimated ?? [], from, to);
    const isEstimated = (year: number) => estimated.some((s) => year >= s.firstYear && year <= s.lastYear);
    const pairs: RegionPanel['pairs'] = [];
    for (let year = from; year <= to; year += 1)
      pairs.push({
        year,
        china: reporter.china.get(year) ?? null,
        russia: reporter.russia.get(year) ?? null,
        ...(isEstimated(year) ? { estimated: true as const } : {}),
      });
    const crossover = passedForGood(pairs.filter((p) => !p.estimated));
    return {
      code: reporter.code,
      name: reporter.name,
      pairs,
      crossover,
      estimated,
      sentence: withEstimates(crossoverSentence(reporter.name, crossover, from, to), estimated),
    };
  });
}

// A crossover sentence read from the reported years only says so, and names the estimates left out.
export function withEstimates(sentence: string, estimated: YearStretch[]): string {
  if (estimated.length === 0) return sentence;
  return `${sentence.replace(/\.$/, '')} in the years reported; ${fixedShareEstimateText(estimated)} are left out.`;
}

export function crossoverSentence(name: string, crossover: PassedForGood, from: number, to: number): string {
  switch (crossover.kind) {
    case 'passed':
      return crossover.firstPassed === crossover.year
        ? `${name}: China’s share passed Russia’s in ${crossover.year} and stayed ahead.`
        : `${name}: China’s share first passed Russia’s in ${crossover.firstPassed}, and for good in ${crossover.year}.`;
    case 'fell-back':
      return `${name}: China’s share passed Russia’s in ${crossover.firstPassed} but was behind again after ${crossover.lastAhead}.`;
    case 'ahead-throughout':
      return `${name}: China’s share was above Russia’s in every year with both, from ${crossover.since}.`;
    case 'not-passed':
      return `${name}: China’s share has not passed Russia’s in ${from}–${to}.`;
    case 'no-overlap':
      return `${name}: no year in ${from}–${to} has both shares.`;
  }
}

// One line for the whole region, generated from the panels' crossovers.
export function regionSummary(panels: RegionPanel[], flow: Flow, from: number, to: number): string {
  const named = (kind: PassedForGood['kind']) =>
    panels.filter((p) => p.crossover.kind === kind).map((p) => p.name);
  const yearOf = (p: RegionPanel) => (p.crossover.kind === 'passed' ? p.crossover.year : 0);
  const passed = panels
    .filter((p) => p.crossover.kind === 'passed')
    .sort((a, b) => yearOf(a) - yearOf(b))
    .map((p) => `${p.name} (${yearOf(p)})`);
  const parts = [
    passed.length > 0 ? `passed Russia’s for good in ${listOf(passed)}` : null,
    listOrNull(named('ahead-throughout'), 'was ahead throughout in'),
    listOrNull(named('fell-back'), 'passed it and fell back in'),
    listOrNull(named('not-passed'), 'has not passed it in'),
  ].filter((part): part is string => part !== null);
  const noData = named('no-overlap');
  const main =
    parts.length > 0
      ? `China’s share of ${FLOW_LABELS[flow].noun}, ${from}–${to}, ${listOf(parts)}`
      : `No reporter has both shares in ${from}–${to}`;
  return `${main}${noData.length > 0 ? `; no year with both shares for ${listOf(noData)}` : ''}${estimatesNote(panels)}.`;
}

// The summary reads reported years only: it names each reporter whose estimates it left out.
function estimatesNote(panels: RegionPanel[]): string {
  const estimated = panels.filter((p) => p.estimated.length > 0);
  if (estimated.length === 0) return '';
  const named = estimated.map((p) => `${p.name} (${stretchYearsText(p.estimated)})`);
  const count = estimated.length === 1 ? 'one reporter' : `${estimated.length} reporters`;
  return `; for ${count}, IMF estimates with fixed partner shares are left out: ${listOf(named)}`;
}

function listOrNull(names: string[], phrase: string): string | null {
  return names.length > 0 ? `${phrase} ${listOf(names)}` : null;
}

export function regionFigure(
  { panels, sources }: RegionResult,
  state: YearsShown & { flow: Flow; source: Source },
): Figure {
  const { flow, source, from, to } = state;
  const figurePanels: FigurePanel[] = panels.map((panel) => ({
    id: panel.code,
    title: panel.name,
    lines: [
      { key: 'CHN', name: 'China', styleIndex: 0 },
      { key: 'RUS', name: 'Russia', styleIndex: 1 },
    ],
    rows: panel.pairs.map((p) => ({
      year: p.year,
      values: { CHN: p.china, RUS: p.russia },
      ...(p.estimated ? { estimated: true as const } : {}),
    })),
    summary: `${panel.sentence}${latestShares(panel)}`,
  }));
  const ticks = valueAxisTicks(largestValue(figurePanels));
  return {
    title: `China’s and Russia’s shares of ${FLOW_LABELS[flow].noun}, ${from}–${to} (${SOURCE_LABELS[source]})`,
    axis: `Share of ${FLOW_LABELS[flow].noun} (%)`,
    panels: figurePanels,
    from,
    to,
    yMax: ticks[ticks.length - 1],
    summary: regionSummary(panels, flow, from, to),
    sources,
  };
}

function latestShares(panel: RegionPanel): string {
  const last = [...panel.pairs].reverse().find((p) => p.china !== null && p.russia !== null);
  return last
    ? ` In ${last.year}: China ${formatValue(last.china!, 'share')}, Russia ${formatValue(last.russia!, 'share')}.`
    : '';
}
