import { describe, expect, it } from 'vitest';
import { articleClaimsCsvToClaims } from './article-claims-csv-to-claims';
import type { EconomyReference } from './economies-csv-to-reference';
import { ingestErrorFrom } from './fixtures/fixture-helpers';
import { readCsv } from './read-csv';

const FILE = 'data/article/claims.csv';
const HEADER = 'id,reporter,partner,flow,year,quote,comparator,threshold,paragraph';
const REFERENCE: EconomyReference = {
  economies: new Map([
    ['UZB', { code: 'UZB', name: 'Uzbekistan', kind: 'economy' }],
    ['RUS', { code: 'RUS', name: 'Russia', kind: 'economy' }],
  ]),
  aliases: [],
};

function claims(...lines: string[]) {
  return articleClaimsCsvToClaims(readCsv(FILE, [HEADER, ...lines].join('\n')), REFERENCE);
}

describe('articleClaimsCsvToClaims', () => {
  it('reads each comparator with its threshold', () => {
    expect(
      claims(
        'import-2010,UZB,RUS,import,2010,nearly 30 percent,nearly,30,4',
        'export-2000,UZB,RUS,export,2000,less than 2 percent,below,2,4',
        'export-2005,UZB,RUS,export,2005,just over 7.5 percent,just-over,7.5,4',
      ),
    ).toEqual([
      {
        id: 'import-2010',
        reporterCode: 'UZB',
        partnerCode: 'RUS',
        flow: 'import',
        year: 2010,
        quote: 'nearly 30 percent',
        comparator: 'nearly',
        threshold: 30,
        paragraph: 4,
      },
      {
        id: 'export-2000',
        reporterCode: 'UZB',
        partnerCode: 'RUS',
        flow: 'export',
        year: 2000,
        quote: 'less than 2 percent',
        comparator: 'below',
        threshold: 2,
        paragraph: 4,
      },
      {
        id: 'export-2005',
        reporterCode: 'UZB',
        partnerCode: 'RUS',
        flow: 'export',
        year: 2005,
        quote: 'just over 7.5 percent',
        comparator: 'just-over',
        threshold: 7.5,
        paragraph: 4,
      },
    ]);
  });

  it('rejects an unknown comparator, at its line and column', () => {
    const error = ingestErrorFrom(() =>
      claims(
        'a,UZB,RUS,import,2010,nearly 30 percent,nearly,30,4',
        'b,UZB,RUS,import,2011,about 30 percent,about,30,4',
      ),
    );
    expect(error.location).toEqual({ file: FILE, line: 3, column: 'comparator' });
    expect(error.expected).toBe('one of nearly, below, just-over (found "about")');
  });

  it('rejects a bad year', () => {
    const error = ingestErrorFrom(() => claims('a,UZB,RUS,import,2O10,nearly 30 percent,nearly,30,4'));
    expect(error.location).toEqual({ file: FILE, line: 2, column: 'year' });
    expect(error.expected).toBe('a four-digit year (found "2O10")');
  });

  it('rejects an unknown flow', () => {
    const error = ingestErrorFrom(() => claims('a,UZB,RUS,imports,2010,nearly 30 percent,nearly,30,4'));
    expect(error.location.column).toBe('flow');
    expect(error.expected).toBe('import or export (found "imports")');
  });

  it('rejects a threshold that is not the number in the quote', () => {
    const error = ingestErrorFrom(() => claims('a,UZB,RUS,import,2010,nearly 30 percent,nearly,3,4'));
    expect(error.location).toEqual({ file: FILE, line: 2, column: 'threshold' });
    expect(error.expected).toBe('the number in the quote ("nearly 30 percent") (found "3")');
  });

  it('rejects a threshold that is not a number or not a percentage', () => {
    expect(
      ingestErrorFrom(() => claims('a,UZB,RUS,import,2010,nearly 30 percent,nearly,thirty,4')).location
        .column,
    ).toBe('threshold');
    expect(
      ingestErrorFrom(() => claims('a,UZB,RUS,import,2010,nearly 130 percent,nearly,130,4')).expected,
    ).toBe('a percentage from 0 to 100 (found "130")');
  });

  it('rejects an economy code that data/economies.csv does not list', () => {
    const error = ingestErrorFrom(() => claims('a,UZB,XYZ,import,2010,nearly 30 percent,nearly,30,4'));
    expect(error.location).toEqual({ file: FILE, line: 2, column: 'partner' });
    expect(error.expected).toBe('an economy code listed in data/economies.csv (unknown code "XYZ")');
  });

  it('rejects a repeated id', () => {
    const error = ingestErrorFrom(() =>
      claims(
        'a,UZB,RUS,import,2010,nearly 30 percent,nearly,30,4',
        'a,UZB,RUS,export,2010,nearly 30 percent,nearly,30,4',
      ),
    );
    expect(error.location).toEqual({ file: FILE, line: 3, column: 'id' });
  });

  it('rejects a file without a required column', () => {
    const table = readCsv(
      FILE,
      'id,reporter,partner,flow,year,quote,threshold,paragraph\na,UZB,RUS,import,2010,nearly 30 percent,30,4',
    );
    expect(ingestErrorFrom(() => articleClaimsCsvToClaims(table, REFERENCE)).location).toEqual({
      file: FILE,
      line: 1,
      column: 'comparator',
    });
  });
});
