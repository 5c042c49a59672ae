import { describe, expect, it } from 'vitest';
import { noteLabel, notesInYear, noteYears, placeNotes } from './notes';

describe('placeNotes', () => {
  const notes = [
    { id: 'b', yearFrom: 2013, yearTo: 2013, title: 'B', note: '', paragraph: 3 },
    { id: 'a', yearFrom: 1997, yearTo: 1999, title: 'A', note: '', paragraph: 3 },
    { id: 'c', yearFrom: 2019, yearTo: 2019, title: 'C', note: '', paragraph: 8 },
  ];
  it('keeps the notes that overlap the range, numbered by year', () => {
    expect(placeNotes(notes, 1998, 2017).map((n) => [n.id, n.number])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

describe('notes of the same year', () => {
  it('stack in lanes, so neither marker hides the other', () => {
    const sameYear = [
      { id: 'x', yearFrom: 2019, yearTo: 2019, title: 'X', note: '', paragraph: 2 },
      { id: 'y', yearFrom: 2019, yearTo: 2019, title: 'Y', note: '', paragraph: 8 },
      { id: 'z', yearFrom: 2013, yearTo: 2013, title: 'Z', note: '', paragraph: 3 },
    ];
    expect(placeNotes(sameYear, 2000, 2019).map((n) => [n.id, n.lane])).toEqual([
      ['z', 0],
      ['x', 0],
      ['y', 1],
    ]);
  });
});

describe('noteLabel and notesInYear', () => {
  const [band] = placeNotes(
    [{ id: 'border', yearFrom: 1997, yearTo: 1999, title: 'Border settled', note: '', paragraph: 3 }],
    1995,
    2017,
  );
  it('words a band of years with a dash', () => {
    expect(noteYears(band)).toBe('1997–1999');
    expect(noteLabel(band)).toBe('1. Border settled (1997–1999)');
  });
  it('finds a band in each of its years and not outside them', () => {
    expect(notesInYear([band], 1998)).toEqual([band]);
    expect(notesInYear([band], 2000)).toEqual([]);
  });
});
