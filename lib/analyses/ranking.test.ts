import { describe, expect, it } from 'vitest';
import { rankPartners, type PartnerShares } from './ranking';

const p = (
  code: string,
  name: string,
  share: number | null,
  baseShare: number | null,
  kind = 'economy',
): PartnerShares => ({
  code,
  name,
  kind,
  share: share === null ? null : { value: share, flag: 'derived' },
  baseShare: baseShare === null ? null : { value: baseShare, flag: 'derived' },
});

const partners = [
  { ...p('WLD', 'World', null, null, 'aggregate'), amount: 1000 }, // DOTS publishes World as a value, no share
  p('XAE', 'Advanced economies (IMF)', 40, 50, 'aggregate'),
  p('RUS', 'Russia', 20, 45),
  p('CHN', 'China', 30, 5),
  p('DEU', 'Germany', 8, null),
  p('TUR', 'Turkey', 8, 3),
  p('UKR', 'Ukraine', null, 6),
];

describe('partners ranked by share', () => {
  const ranking = rankPartners(partners, 2017, 1995, 'Kazakhstan', 'import');

  it('ranks economies by share, largest first, ties by name', () => {
    expect(ranking.ranked.map((r) => [r.rank, r.code])).toEqual([
      [1, 'CHN'],
      [2, 'RUS'],
      [3, 'DEU'],
      [4, 'TUR'],
    ]);
  });

  it('keeps World and regional groups out of the ranking, listed apart with World first', () => {
    expect(ranking.ranked.some((r) => r.code === 'WLD' || r.code === 'XAE')).toBe(false);
    expect(ranking.aggregates.map((a) => a.code)).toEqual(['WLD', 'XAE']);
  });

  it('gives the change in percentage points and the base year’s rank, or none without a base share', () => {
    const china = ranking.ranked[0];
    expect(china.change).toBe(25);
    expect(china.baseRank).toBe(3); // Russia 45, Ukraine 6, China 5, Turkey 3
    expect(ranking.ranked[2]).toMatchObject({ code: 'DEU', change: null, baseRank: null });
  });

  it('lists partners that had a share only in the base year apart', () => {
    expect(ranking.absent.map((a) => a.code)).toEqual(['UKR']);
  });

  it('says who led and who moved most, from the data', () => {
    expect(ranking.summary).toBe(
      'In 2017 the largest shares of Kazakhstan’s imports were China 30.00 %, Russia 20.00 %, Germany 8.00 %; 4 partners in ' +
        'all. Since 1995, China gained most (+25.00 pp) and Russia lost most (−25.00 pp).',
    );
  });
});

describe('a ranking in years that are IMF estimates with fixed partner shares', () => {
  const stretch = [{ firstYear: 2001, lastYear: 2015 }];

  it('says the ranking year is an estimate, and states no change since the base', () => {
    const ranking = rankPartners(partners, 2010, 1995, 'Uzbekistan', 'export', stretch);
    expect(ranking.estimatedYears).toEqual([2010]);
    expect(ranking.summary).toBe(
      'One of the two years compared, 2010, is an IMF estimate with fixed partner shares (Uzbekistan did not report in ' +
        '2001–2015; the IMF spread an estimated total over fixed partner shares), so no change since 1995 is stated. ' +
        'In 2010, by the IMF’s estimate, the largest shares of Uzbekistan’s exports were China 30.00 %, Russia 20.00 %, ' +
        'Germany 8.00 %; 4 partners in all.',
    );
  });

  it('counts both years when both are estimates', () => {
    const ranking = rankPartners(partners, 2010, 2005, 'Uzbekistan', 'export', stretch);
    expect(ranking.summary).toMatch(
      /^Both years compared, 2005 and 2010, are IMF estimates with fixed partner shares \(Uzbekistan did not report in 2001–2015/,
    );
    expect(ranking.summary).not.toMatch(/gained most/);
  });

  it('keeps the ranking as it was when neither year is an estimate', () => {
    const ranking = rankPartners(partners, 2017, 1995, 'Uzbekistan', 'export', stretch);
    expect(ranking.estimatedYears).toEqual([]);
    expect(ranking.summary).toMatch(/gained most/);
    expect(ranking.summary).not.toMatch(/IMF/);
  });
});
