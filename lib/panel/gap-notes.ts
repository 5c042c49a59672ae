import type { SeriesPoint } from './series-types';

// A table's gaps said once each: every distinct reason a value is missing becomes one lettered note
// under the table ("a. 1995–2001: China was not among Kazakhstan's five largest import sources; WITS
// publishes only the top five."), and each empty cell carries only its letter.

export type GapNote = { mark: string; years: string; text: string };

// "1995–2001, 2003"
export function yearSpans(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    spans.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return spans.join(', ');
}

// The reasons name their year; the note names the years instead.
const withoutYear = (reason: string, year: number) =>
  reason.replace(` in ${year}`, '').replace(` ${year}`, '');

export function gapNotes(points: Map<string, Map<number, SeriesPoint>>): {
  notes: GapNote[];
  markOf: (partner: string, year: number) => string | null;
} {
  const byText = new Map<string, { mark: string; years: number[] }>();
  const marks = new Map<string, string>();
  for (const [partner, years] of points)
    for (const [year, point] of years) {
      if (point.value !== null || !point.reason) continue;
      const text = withoutYear(point.reason, year);
      let entry = byText.get(text);
      if (!entry) {
        entry = { mark: String.fromCharCode(97 + (byText.size % 26)), years: [] };
        byText.set(text, entry);
      }
      entry.years.push(year);
      marks.set(`${partner}|${year}`, entry.mark);
    }
  return {
    notes: [...byText].map(([text, { mark, years }]) => ({ mark, years: yearSpans(years), text })),
    markOf: (partner, year) => marks.get(`${partner}|${year}`) ?? null,
  };
}
