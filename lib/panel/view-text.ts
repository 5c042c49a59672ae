import { findingsHeadline, type FlowFinding } from './flow-findings';
import type { DashboardState } from '../view-state/dashboard-state';
import { FLOW_LABELS } from '../view-state/trade-terms';

// The page's heading and lede for a view, in words: they name the view's reporter and partners,
// and the heading tells the story the data tells (the first partner catching up with the second).

const PUBLISHED_BY = {
  wits: 'the World Bank (WITS)',
  dots: 'the IMF (Direction of Trade Statistics)',
} as const;

export function listOf(items: string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// With two partners, what every panel shows about the first against the second ("China passed Russia
// in Kazakhstan’s exports in 2007; Russia still leads in its imports", lib/panel/flow-findings.ts);
// otherwise, or when no year has both, the partners and the reporter, plainly.
export function viewHeading(
  state: Pick<DashboardState, 'reporter' | 'partners'>,
  nameOf: (code: string) => string,
  findings: FlowFinding[],
): string {
  const reporter = nameOf(state.reporter);
  const partners = state.partners.map(nameOf);
  if (partners.length === 2) {
    const headline = findingsHeadline(reporter, [partners[0], partners[1]], findings);
    if (headline) return headline;
  }
  if (partners.length === 1) return `${partners[0]} as ${reporter}’s trade partner`;
  return `${listOf(partners)} as ${reporter}’s trade partners`;
}

// "China’s and Russia’s shares of Kazakhstan’s imports and exports, as published by the World Bank
// (WITS)". The page adds the article's credit after it when the view shows the article's notes.
export function viewLede(
  state: Pick<DashboardState, 'reporter' | 'partners' | 'flows' | 'measure' | 'source'>,
  nameOf: (code: string) => string,
): string {
  const reporter = nameOf(state.reporter);
  const flows = listOf(state.flows.map((flow) => FLOW_LABELS[flow].noun));
  const published = `as published by ${PUBLISHED_BY[state.source]}`;
  if (state.measure === 'value')
    return `${reporter}’s ${flows} with ${listOf(state.partners.map(nameOf))} in US$ million, ${published}`;
  const whose = listOf(state.partners.map((code) => `${nameOf(code)}’s`));
  return `${whose} ${state.partners.length === 1 ? 'share' : 'shares'} of ${reporter}’s ${flows}, ${published}`;
}
