import type { ArticleInfo } from '../article/article-types';
import type { DashboardState } from '../view-state/dashboard-state';
import { FLOW_LABELS, SOURCE_LABELS } from '../view-state/trade-terms';
import { listOf } from './view-text';

// A view said in words, for page titles and link previews.
export function describeView(
  state: DashboardState,
  nameOf: (code: string) => string,
  article: Pick<ArticleInfo, 'published' | 'publication' | 'reporter'>,
): { title: string; description: string } {
  const partners = listOf(state.partners.map(nameOf));
  const flows = listOf(state.flows.map((flow) => FLOW_LABELS[flow].noun));
  const measure =
    state.measure === 'share'
      ? `share of ${nameOf(state.reporter)}’s ${flows}`
      : `${nameOf(state.reporter)}’s ${flows} (US$ million)`;
  const withEvents = state.annotations && state.reporter === article.reporter;
  const events = withEvents
    ? `, with events from a ${article.published} article in ${article.publication}`
    : '';
  return {
    title: `${partners}: ${measure}, ${state.from}–${state.to}`,
    description: `${partners} as partners of ${nameOf(state.reporter)}, ${state.from}–${state.to}, from ${SOURCE_LABELS[state.source]}${events}.`,
  };
}
