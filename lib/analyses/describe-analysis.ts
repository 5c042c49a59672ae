import type { AnalysisState, AnalysisView } from '../view-state/analysis-state';
import { FLOW_LABELS, SOURCE_LABELS } from '../view-state/trade-terms';
import { listOf } from '../panel/view-text';

// Each analysis view said in words: the page title, its link-preview description and the nav label.

export const ANALYSIS_LABELS: Record<AnalysisView, { nav: string; heading: string }> = {
  mirror: { nav: 'Reported vs mirror', heading: 'Reported against mirror' },
  region: { nav: 'The region', heading: 'The region at a glance' },
  ranking: { nav: 'Partner ranking', heading: 'Who trades with whom in a year' },
  sources: { nav: 'WITS vs IMF DOTS', heading: 'Two publishers side by side' },
  map: { nav: 'World map', heading: 'The world at a glance' },
  profile: { nav: 'What it trades', heading: 'What an economy trades' },
};

export function describeAnalysis(
  view: AnalysisView,
  state: AnalysisState,
  nameOf: (code: string) => string,
): { title: string; description: string } {
  const reporter = nameOf(state.reporter);
  const partners = listOf(state.partners.map(nameOf));
  const flows = listOf(state.flows.map((f) => FLOW_LABELS[f].noun));
  const years = `${state.from}–${state.to}`;
  const flowNoun = FLOW_LABELS[state.flow].noun;
  const source = SOURCE_LABELS[state.source];
  switch (view) {
    case 'mirror':
      return {
        title: `${reporter}’s ${flows} with ${partners}, as reported and as mirrored, ${years}`,
        description:
          `${reporter}’s own ${flows} figures with ${partners} beside what ${partners} report of the same trade ` +
          '(IMF DOTS, US$ million), with the gap and the CIF/FOB valuation difference.',
      };
    case 'region':
      return {
        title: `China against Russia in ${listOf(state.reporters.map(nameOf))}: shares of ${flowNoun}, ${years}`,
        description:
          `Small multiples of China’s and Russia’s shares of each reporter’s ${flowNoun}, on shared axes, ` +
          `with the year China’s share passed Russia’s (${source}).`,
      };
    case 'ranking':
      return {
        title: `${reporter}’s partners ranked by share of ${flowNoun}, ${state.year} against ${state.base}`,
        description:
          `Every partner’s share of ${reporter}’s ${flowNoun} in ${state.year}, with the change since ${state.base}; ` +
          `world and regional aggregates listed apart (${source}).`,
      };
    case 'sources':
      return {
        title: `${partners} in ${reporter}’s ${flows}: World Bank WITS against IMF DOTS, ${years}`,
        description:
          'The same partner shares from two publishers, World Bank WITS and IMF DOTS, ' +
          'with the differences year by year and each figure traced to its file.',
      };
    case 'map': {
      const [first, second] = state.partners.map(nameOf);
      return {
        title:
          state.colouring === 'larger'
            ? `Where ${first}’s share of ${flowNoun} is larger than ${second}’s, ${state.year}`
            : `When ${first}’s share of ${flowNoun} passed ${second}’s, up to ${state.year}`,
        description:
          `A world map of every economy reporting to IMF DOTS: ${first}’s and ${second}’s shares of its ${flowNoun}, ` +
          'which is larger and since when, with the economies without both figures shown as no data.',
      };
    }
    case 'profile': {
      const compared =
        state.compare && state.compare !== state.reporter ? ` beside ${nameOf(state.compare)}` : '';
      return {
        title: `What ${reporter} trades${compared}: product groups and trade indicators, ${state.year} against ${state.base}`,
        description:
          `${reporter}’s exports and imports by product group and stage of processing, the largest groups in ` +
          `${state.year} with their change since ${state.base}, and its trade indicators (World Bank WITS).`,
      };
    }
  }
}
