import { describe, expect, it } from 'vitest';
import type { ObservationRow, StoredShare } from './bulk-writer/bulk-writer';
import { fixedShareCollector } from './fixed-share-collector';

const row = (reporterCode: string, partnerCode: string, year: number, value: number): ObservationRow => ({
  reporterCode,
  partnerCode,
  flow: 'export',
  measure: 'value',
  year,
  value,
  flag: null,
  line: 0,
  column: 'value',
});
// A reporter whose partners A, B, C keep their shares 2000–2002 while the World total moves.
const fixed = (reporter: string) =>
  [2000, 2001, 2002].flatMap((year) => {
    const total = 100 * (year - 1990);
    return [
      row(reporter, 'A', year, total * 0.4),
      row(reporter, 'B', year, total * 0.3),
      row(reporter, 'C', year, total * 0.2),
      row(reporter, 'WLD', year, total),
      row(reporter, 'ZAS', year, total * 0.01 * (year - 1995)),
    ];
  });

describe('fixedShareCollector', () => {
  it('judges each reporter from its streamed values, leaving aggregates out', async () => {
    const collector = fixedShareCollector(new Set(['WLD', 'ZAS']));
    collector.add(fixed('AAA'));
    collector.add(fixed('BBB'));
    const found = await collector.finish(() => Promise.reject(new Error('not needed')));
    expect(found).toEqual([
      { reporterCode: 'AAA', flow: 'export', firstYear: 2001, lastYear: 2002 },
      { reporterCode: 'BBB', flow: 'export', firstYear: 2001, lastYear: 2002 },
    ]);
  });

  it('a moving aggregate partner would hide the pattern if it were counted', async () => {
    const collector = fixedShareCollector(new Set(['WLD']));
    collector.add(fixed('AAA'));
    expect(await collector.finish(() => Promise.resolve([]))).toEqual([]); // ZAS moves: 3 of 4 hold
  });

  it('reads a reporter whose rows come back later from its stored shares', async () => {
    const collector = fixedShareCollector(new Set(['WLD', 'ZAS']));
    const rows = fixed('AAA');
    collector.add(rows.slice(0, 5));
    collector.add(fixed('BBB'));
    collector.add(rows.slice(5));
    const stored: StoredShare[] = [2000, 2001, 2002, 2003].flatMap((year) =>
      ['A', 'B', 'C'].map((partnerCode, i) => ({
        flow: 'export' as const,
        partnerCode,
        year,
        share: [50, 30, 20][i],
      })),
    );
    const asked: string[] = [];
    const found = await collector.finish(async (code) => (asked.push(code), stored));
    expect(asked).toEqual(['AAA']);
    expect(found).toEqual([
      { reporterCode: 'AAA', flow: 'export', firstYear: 2001, lastYear: 2003 },
      { reporterCode: 'BBB', flow: 'export', firstYear: 2001, lastYear: 2002 },
    ]);
  });
});
