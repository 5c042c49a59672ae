import { describe, expect, it } from 'vitest';
import { gapReason } from './gap-reasons';
import { gapNotes, yearSpans } from './gap-notes';
import type { SeriesPoint } from './series-types';

const context = {
  source: 'wits' as const,
  hasFile: true,
  hasYear: true,
  reporter: 'Kazakhstan',
  flow: 'import' as const,
};
const gap = (partner: string, year: number): SeriesPoint => ({
  year,
  value: null,
  reason: gapReason({ ...context, partner, year }),
});

describe('gapNotes', () => {
  it('says each reason once, with its years, and marks every empty cell with its letter', () => {
    const points = new Map([
      ['CHN', new Map([1995, 1996, 1997, 1999].map((year) => [year, gap('China', year)] as const))],
      [
        'RUS',
        new Map([
          [1995, { year: 1995, value: 40 } as SeriesPoint],
          [1996, gap('Russia', 1996)],
        ]),
      ],
    ]);
    const { notes, markOf } = gapNotes(points);
    expect(notes).toEqual([
      {
        mark: 'a',
        years: '1995–1997, 1999',
        text: "China was not among Kazakhstan's five largest import sources; WITS publishes only the top five.",
      },
      {
        mark: 'b',
        years: '1996',
        text: "Russia was not among Kazakhstan's five largest import sources; WITS publishes only the top five.",
      },
    ]);
    expect(markOf('CHN', 1997)).toBe('a');
    expect(markOf('RUS', 1996)).toBe('b');
    expect(markOf('RUS', 1995)).toBeNull();
  });

  it('writes runs of years as spans', () => {
    expect(yearSpans([2003, 2001, 2002, 2005])).toBe('2001–2003, 2005');
  });
});
