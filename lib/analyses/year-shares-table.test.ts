import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { yearSharesTable, type ShareEntry } from './year-shares-table';

// The compact table must answer exactly as a Map per economy of the same shares would.
describe('yearSharesTable', () => {
  const flags = [null, 'estimate', 'derived', 'derived-from-estimate'];
  const entry = fc.record({
    code: fc.constantFrom('KAZ', 'UZB', 'MNG', 'ARM'),
    year: fc.integer({ min: 1948, max: 2024 }),
    share: fc.record({
      value: fc.double({ min: 0, max: 100, noNaN: true }),
      flag: fc.constantFrom(...flags),
    }),
  });
  // The last entry of an (economy, year) wins, as in a Map.
  const asMaps = (entries: ShareEntry[]) => {
    const maps = new Map<string, Map<number, ShareEntry['share']>>();
    for (const { code, year, share } of entries) {
      if (!maps.has(code)) maps.set(code, new Map());
      maps.get(code)!.set(year, share);
    }
    return maps;
  };

  it('gives every share, flag and absence a Map of the same entries gives, and its years in order', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const table = yearSharesTable(entries);
        const maps = asMaps(entries);
        for (const code of ['KAZ', 'UZB', 'MNG', 'ARM']) {
          const expected = maps.get(code);
          const got = table.of(code);
          if (!expected) {
            expect(got).toBeUndefined();
            continue;
          }
          for (let year = 1945; year <= 2027; year++) {
            expect(got!.get(year)).toEqual(expected.get(year));
            expect(got!.has(year)).toBe(expected.has(year));
          }
          const years = [...expected.keys()].sort((a, b) => a - b);
          expect([...got!]).toEqual(years.map((year) => [year, expected.get(year)]));
        }
      }),
    );
  });

  it('holds nothing for no entries, and no year that is not a whole one', () => {
    expect(yearSharesTable([]).of('KAZ')).toBeUndefined();
    const table = yearSharesTable([{ code: 'KAZ', year: 2000, share: { value: 1.5, flag: null } }]);
    expect(table.of('KAZ')!.get(2000.5)).toBeUndefined();
    expect(table.of('KAZ')!.get(2000)).toEqual({ value: 1.5, flag: null });
  });
});
