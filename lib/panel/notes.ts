import type { ArticleNote } from '../article/article-types';

// The article's notes as a view shows them: the ones in its year range, numbered by year, and
// stacked in lanes where several fall in the same year.

export type PlacedNote = ArticleNote & { number: number; lane: number }; // lane: stacked above others of the same year

export function noteYears(note: { yearFrom: number; yearTo: number }): string {
  return note.yearFrom === note.yearTo ? String(note.yearFrom) : `${note.yearFrom}–${note.yearTo}`;
}

// The notes that cover a year (a band covers each of its years).
export function notesInYear<Note extends { yearFrom: number; yearTo: number }>(
  notes: Note[],
  year: number,
): Note[] {
  return notes.filter((note) => note.yearFrom <= year && year <= note.yearTo);
}

// A placed note in one line, as the table and the CSV word it: "1. Border settled (1997–1999)".
export function noteLabel(note: PlacedNote): string {
  return `${note.number}. ${note.title} (${noteYears(note)})`;
}

export function placeNotes(notes: ArticleNote[], from: number, to: number): PlacedNote[] {
  return notes
    .filter((note) => note.yearTo >= from && note.yearFrom <= to)
    .sort((a, b) => a.yearFrom - b.yearFrom || a.id.localeCompare(b.id))
    .map((note, index, sorted) => ({
      ...note,
      number: index + 1,
      lane: sorted.slice(0, index).filter((other) => other.yearFrom === note.yearFrom).length,
    }));
}
