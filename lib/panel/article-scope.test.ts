import { describe, expect, it } from 'vitest';
import { articleAbsentReason, articleCoversView, notesForView } from './article-scope';
import { DEFAULT_STATE } from '../view-state/dashboard-state';

const notes = [
  { id: 'sco-2001', yearFrom: 2001, yearTo: 2001, title: 'SCO founded', note: '', paragraph: 3 },
];
const names: Record<string, string> = { KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan' };
const nameOf = (code: string) => names[code] ?? code;

describe('the article’s scope', () => {
  it('covers the default view, which is of Kazakhstan', () => {
    expect(articleCoversView(DEFAULT_STATE)).toBe(true);
    expect(notesForView(DEFAULT_STATE, notes).map((note) => note.number)).toEqual([1]);
  });

  it('leaves its notes out of a view of another reporter, and says why', () => {
    const kyrgyzstan = { ...DEFAULT_STATE, reporter: 'KGZ' };
    expect(articleCoversView(kyrgyzstan)).toBe(false);
    expect(notesForView(kyrgyzstan, notes)).toEqual([]);
    expect(articleAbsentReason(nameOf, 'KGZ')).toMatch(
      /^The article’s notes and claims are about Kazakhstan; this view shows Kyrgyzstan’s trade/,
    );
  });

  it('leaves its notes out when the reader turns them off', () => {
    expect(notesForView({ ...DEFAULT_STATE, annotations: false }, notes)).toEqual([]);
  });
});
