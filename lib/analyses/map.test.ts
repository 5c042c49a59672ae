import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMap, pairsUpTo, type EconomyShares, type MapShare } from './map';

const CHN = { code: 'CHN', name: 'China' };
const RUS = { code: 'RUS', name: 'Russia' };
const options = {
  first: CHN,
  second: RUS,
  flow: 'import' as const,
  year: 2010,
  base: 2000,
  colouring: 'larger' as const,
};

// An economy's shares as { year: [china, russia] }; every year listed counts as reported.
function economy(
  code: string,
  name: string,
  years: Record<number, [number | null, number | null]>,
  flag?: string,
) {
  const [first, second] = [new Map<number, MapShare>(), new Map<number, MapShare>()];
  const reportedYears = new Set<number>();
  for (const [year, [china, russia]] of Object.entries(years)) {
    reportedYears.add(Number(year));
    if (china !== null) first.set(Number(year), { value: china, flag: flag ?? 'derived' });
    if (russia !== null) second.set(Number(year), { value: russia, flag: 'derived' });
  }
  const e: EconomyShares = { code, name, first, second, reportedYears };
  return e;
}

const KAZ = economy('KAZ', 'Kazakhstan', { 2000: [3, 40], 2005: [20, 30], 2010: [30, 25] });
const ARM = economy('ARM', 'Armenia', { 2000: [1, 20], 2010: [9, 22] });
const UZB = economy('UZB', 'Uzbekistan', { 2000: [2, 5], 2010: [null, 19] });
const SYC = economy('SYC', 'Seychelles', { 2000: [1, 0.5] });

describe('the world map’s model', () => {
  it('says which partner’s share is larger, by how much, and colours by it', () => {
    const map = buildMap([KAZ, ARM], options);
    const kaz = map.economies.find((e) => e.code === 'KAZ')!;
    expect([kaz.leader, kaz.gap, kaz.category]).toEqual(['first', 5, 'first']);
    const arm = map.economies.find((e) => e.code === 'ARM')!;
    expect([arm.leader, arm.gap, arm.category]).toEqual(['second', -13, 'second']);
    expect(kaz.detail).toContain('China 30.00 %, Russia 25.00 % of Kazakhstan’s imports in 2010');
  });

  it('gives the reason an economy has no colour: a missing partner, a missing year, or being a partner', () => {
    const china = economy('CHN', 'China', { 2010: [null, 10] });
    const map = buildMap([UZB, SYC, china], options);
    const reason = (code: string) => map.economies.find((e) => e.code === code)!.noData;
    expect(reason('UZB')).toBe('imports reported for 2010, but no figure for trade with China');
    expect(reason('SYC')).toBe('no imports reported to IMF DOTS for 2010');
    expect(reason('CHN')).toContain('one of the two partners');
    expect(map.economies.every((e) => e.category === 'no-data')).toBe(true);
  });

  it('counts the economies that report both, in the year and in the base year, whose imports it names', () => {
    const map = buildMap([KAZ, ARM, UZB, SYC], options);
    expect(map.sentence).toBe(
      'In 2010 China’s share of an economy’s imports was larger than Russia’s in 1 of 2 economies that report both; ' +
        'in 2000 in 1 of 4.',
    );
  });

  it('says how many rest on values the IMF marks as estimated, and notes each', () => {
    const estimated = economy('TJK', 'Tajikistan', { 2010: [40, 20] }, 'derived-from-estimate');
    const map = buildMap([KAZ, estimated], options);
    expect(map.sentence).toContain('In 2010, 1 of the 2 rest on estimates (each noted in the table).');
    expect(map.economies.find((e) => e.code === 'TJK')!.estimateNote).toContain('estimated');
    expect(map.economies.find((e) => e.code === 'KAZ')!.estimateNote).toBeNull();
  });

  it('colours by the year the first partner’s share passed for good, with the region view’s definitions', () => {
    const FELL = economy('KGZ', 'Kyrgyzstan', { 2000: [1, 9], 2004: [12, 9], 2010: [8, 9] });
    const AHEAD = economy('MNG', 'Mongolia', { 2000: [30, 9], 2010: [60, 20] });
    const map = buildMap([KAZ, ARM, FELL, AHEAD, SYC], { ...options, colouring: 'passed' });
    const category = (code: string) => map.economies.find((e) => e.code === code)!.category;
    expect(map.economies.find((e) => e.code === 'KAZ')!.crossover).toEqual({
      kind: 'passed',
      year: 2010,
      firstPassed: 2010,
    });
    expect(category('KAZ')).toBe('passed-4'); // ≤1999, 2000–04, 2005–09, 2010
    expect(map.legend.find((l) => l.key === 'passed-4')!.label).toContain('in 2010');
    expect([category('ARM'), category('KGZ'), category('MNG'), category('SYC')]).toEqual([
      'not-passed',
      'fell-back',
      'ahead-throughout',
      'ahead-throughout',
    ]);
    expect(map.sentence).toBe(
      'By 2010 China’s share of an economy’s imports had passed Russia’s for good in 1 of 5 economies that report both ' +
        'in some year; it was larger from the first year with both in 2, passed and fell behind again in 1, and had not passed it in 1.',
    );
  });

  it('never rests a crossover on a year of known estimates (IMF fixed partner shares)', () => {
    // China passes Russia only in the estimated 2005; in the reported 2000 and 2010 Russia leads.
    const fixed = economy('UZB', 'Uzbekistan', { 2000: [2, 9], 2005: [20, 9], 2010: [3, 9] });
    fixed.estimates = new Map([[2005, 'is an IMF estimate with fixed partner shares']]);
    const map = buildMap([fixed], { ...options, colouring: 'passed' });
    expect(map.economies[0].crossover.kind).toBe('not-passed');
    const unmarked = buildMap([economy('UZB', 'Uzbekistan', { 2000: [2, 9], 2005: [20, 9], 2010: [3, 9] })], {
      ...options,
      colouring: 'passed',
    });
    expect(unmarked.economies[0].crossover.kind).toBe('fell-back');
  });

  it('never counts a year after the map’s year in a crossover', () => {
    const later = economy('AZE', 'Azerbaijan', { 2000: [1, 9], 2012: [20, 9] });
    const map = buildMap([later], { ...options, colouring: 'passed' });
    expect(map.economies[0].crossover.kind).toBe('not-passed');
  });

  it('legend counts add up to the economies, in either colouring', () => {
    const shares = fc.array(
      fc.tuple(
        fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
        fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
      ),
      {
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(
        fc.array(shares, { maxLength: 8 }),
        fc.constantFrom('larger' as const, 'passed' as const),
        (all, colouring) => {
          const economies = all.map((years, i) =>
            economy(`E${i}`, `Economy ${i}`, Object.fromEntries(years.map((pair, y) => [2000 + y, pair]))),
          );
          const map = buildMap(economies, { ...options, colouring });
          expect(map.legend.reduce((sum, entry) => sum + entry.count, 0)).toBe(economies.length);
        },
      ),
    );
  });

  it('its sentence counts exactly the economies coloured for each partner, and names whose flow', () => {
    const pair = fc.tuple(
      fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
      fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
    );
    fc.assert(
      fc.property(
        fc.array(pair, { maxLength: 10 }),
        fc.constantFrom('import' as const, 'export' as const),
        (pairs, flow) => {
          const economies = pairs.map((p, i) => economy(`E${i}`, `Economy ${i}`, { 2010: p, 2000: p }));
          const map = buildMap(economies, { ...options, flow });
          const count = (key: string) => map.legend.find((l) => l.key === key)!.count;
          const compared = count('first') + count('second') + count('equal');
          if (compared === 0) expect(map.sentence).toContain(`shares of its ${flow}s`);
          else
            expect(map.sentence).toContain(
              `China’s share of an economy’s ${flow}s was larger than Russia’s in ${count('first')} of ${compared} economies`,
            );
        },
      ),
    );
  });

  it('takes a note of known estimates for an economy’s year, and counts it in the sentence', () => {
    const fixed = economy('UZB', 'Uzbekistan', { 2010: [20, 30] });
    fixed.estimates = new Map([[2010, 'an IMF estimate: a fixed share of the partner’s figure']]);
    const map = buildMap([fixed, KAZ], options);
    expect(map.economies.find((e) => e.code === 'UZB')!.estimateNote).toBe(
      'an IMF estimate: a fixed share of the partner’s figure',
    );
    expect(map.sentence).toContain('1 of the 2 rest on estimates');
  });

  it('pairs the years up to the map’s with both shares, in year order, leaving out known estimates', () => {
    // Entered out of year order: no read promises one.
    const share = (value: number) => ({ value, flag: null });
    const e: EconomyShares = {
      ...economy('KAZ', 'Kazakhstan', {}),
      first: new Map([2012, 2003, 2001, 2000, 2008].map((y, i) => [y, share(i + 1)])),
      second: new Map([2000, 2012, 2008, 2003].map((y, i) => [y, share(10 + i)])),
    };
    e.estimates = new Map([[2008, 'an estimate']]);
    expect(pairsUpTo(e, 2010)).toEqual([
      { year: 2000, china: 4, russia: 10 },
      { year: 2003, china: 2, russia: 13 },
    ]);
  });
});
