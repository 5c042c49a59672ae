import { ARTICLE } from '../article/article-source';
import type { ArticleNote } from '../article/article-types';
import type { DashboardState } from '../view-state/dashboard-state';
import { placeNotes, type PlacedNote } from './notes';

// The article is about one economy (data/article/article.json): its notes and claim checks belong
// on views of that reporter only, and elsewhere the page says why they are absent.

export function articleCoversView(state: Pick<DashboardState, 'reporter'>): boolean {
  return state.reporter === ARTICLE.reporter;
}

// The notes a view shows: none when the reader turned them off or the view is of another reporter.
export function notesForView(
  state: Pick<DashboardState, 'reporter' | 'annotations' | 'from' | 'to'>,
  notes: ArticleNote[],
): PlacedNote[] {
  return state.annotations && articleCoversView(state) ? placeNotes(notes, state.from, state.to) : [];
}

// "The article’s notes and claims are about Kazakhstan; this view shows Kyrgyzstan’s trade."
export function articleAbsentReason(nameOf: (code: string) => string, reporter: string): string {
  const articleReporter = nameOf(ARTICLE.reporter);
  const scope = `The article’s notes and claims are about ${articleReporter}`;
  return `${scope}; this view shows ${nameOf(reporter)}’s trade, so they are left out. Choose ${articleReporter} as the reporter to see them.`;
}
