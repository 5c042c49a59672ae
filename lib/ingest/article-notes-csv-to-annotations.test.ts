import { describe, expect, it } from 'vitest';
import { articleNotesCsvToAnnotations } from './article-notes-csv-to-annotations';
import { ingestErrorFrom } from './fixtures/fixture-helpers';
import { readCsv } from './read-csv';

const FILE = 'data/article/notes.csv';
const HEADER = 'id,year_from,year_to,title,note,paragraph';

function notes(...lines: string[]) {
  return articleNotesCsvToAnnotations(readCsv(FILE, [HEADER, ...lines].join('\n')));
}

describe('articleNotesCsvToAnnotations', () => {
  it('reads single years and bands, with quoted notes', () => {
    expect(
      notes(
        'treaty-1994,1994,1994,A treaty,"Signed in spring, says the text.",2',
        'drought-late-1980s,1987,1989,A drought,"The text says only ""late 1980s"".",4',
      ),
    ).toEqual([
      {
        id: 'treaty-1994',
        yearFrom: 1994,
        yearTo: 1994,
        title: 'A treaty',
        note: 'Signed in spring, says the text.',
        paragraph: 2,
      },
      {
        id: 'drought-late-1980s',
        yearFrom: 1987,
        yearTo: 1989,
        title: 'A drought',
        note: 'The text says only "late 1980s".',
        paragraph: 4,
      },
    ]);
  });

  it('rejects a year that is not a four-digit year, at its line and column', () => {
    const error = ingestErrorFrom(() => notes('a-1994,1994,1994,A,B.,2', 'b-1995,95,1995,A,B.,2'));
    expect(error.location).toEqual({ file: FILE, line: 3, column: 'year_from' });
    expect(error.expected).toBe('a four-digit year (found "95")');
  });

  it('rejects a band that ends before it starts', () => {
    const error = ingestErrorFrom(() => notes('band,1999,1997,A,B.,2'));
    expect(error.location).toEqual({ file: FILE, line: 2, column: 'year_to' });
    expect(error.expected).toBe('a year no earlier than year_from (1999) (found "1997")');
  });

  it('rejects a title longer than 40 characters', () => {
    const error = ingestErrorFrom(() => notes(`long,2000,2000,${'x'.repeat(41)},B.,2`));
    expect(error.location.column).toBe('title');
    expect(error.expected).toMatch(/^a title of at most 40 characters/);
  });

  it('rejects an empty note', () => {
    expect(ingestErrorFrom(() => notes('empty,2000,2000,A, ,2')).location).toEqual({
      file: FILE,
      line: 2,
      column: 'note',
    });
  });

  it('rejects a paragraph the article does not have', () => {
    const error = ingestErrorFrom(() => notes('far,2000,2000,A,B.,11'));
    expect(error.location).toEqual({ file: FILE, line: 2, column: 'paragraph' });
    expect(error.expected).toBe('a paragraph number from 1 to 10 (found "11")');
  });

  it('rejects an id that is not kebab-case, and an id used twice', () => {
    expect(ingestErrorFrom(() => notes('Not An Id,2000,2000,A,B.,2')).location.column).toBe('id');
    const repeated = ingestErrorFrom(() => notes('same,2000,2000,A,B.,2', 'same,2001,2001,C,D.,3'));
    expect(repeated.location).toEqual({ file: FILE, line: 3, column: 'id' });
    expect(repeated.expected).toBe('each id only once ("same" is already on line 2)');
  });

  it('rejects a file without a required column', () => {
    const table = readCsv(FILE, 'id,year_from,year_to,title,note\nx,2000,2000,A,B.');
    const error = ingestErrorFrom(() => articleNotesCsvToAnnotations(table));
    expect(error.location).toEqual({ file: FILE, line: 1, column: 'paragraph' });
  });
});
