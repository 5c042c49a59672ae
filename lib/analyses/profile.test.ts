import { describe, expect, it } from 'vitest';
import { resourceClaimVerdict } from '../article/resource-claim';
import { buildReporterProfile, oddYears, resourceClaimCheck, type ReporterProfileInput } from './profile';

// Export shares are series 2; product groups 1–16 (Animal … Miscellaneous), Fuels is 5, Minerals 4,
// Metals 13; stages 21–24. Written out here, not read from the catalogue.
const share = (product: number, year: number, value: number) => ({ code: 200 + product, year, value });

function sixteen(year: number, values: number[]) {
  return values.map((value, index) => share(index + 1, year, value));
}

describe('the years where the product groups do not add up', () => {
  it('names a year with fewer than 16 groups and one whose shares are a point or more from 100', () => {
    const input: ReporterProfileInput = {
      code: 'XYZ',
      name: 'Xland',
      values: [
        ...sixteen(2000, [50, 10, 10, 10, 5, 5, 2, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5]), // 100
        ...sixteen(2001, [50, 10, 10, 10, 5, 5, 2, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.42]), // 99.92: rounding
        ...sixteen(2002, [50, 10, 10, 10, 5, 5, 2, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 1.5]), // 101
        share(1, 2003, 60),
        share(5, 2003, 40),
      ],
    };
    expect(oddYears(input, 'export')).toEqual([
      {
        year: 2002,
        flow: 'export',
        text: '2002, Xland’s exports: the groups’ shares add up to 101.00 %, not 100 %.',
      },
      {
        year: 2003,
        flow: 'export',
        text: '2003, Xland’s exports: WITS gives 2 of the 16 product groups (none for the others).',
      },
    ]);
    expect(oddYears(input, 'import')).toEqual([]);
  });
});

describe('the profile of one reporter', () => {
  const input: ReporterProfileInput = {
    code: 'KAZ',
    name: 'Kazakhstan',
    values: [
      share(5, 2017, 63.33),
      share(5, 1995, 24.99),
      share(13, 2017, 12.5),
      share(4, 2017, 3.1),
      share(1, 2017, 1),
    ],
  };
  const profile = buildReporterProfile(input, 2017, 1995);

  it('ranks the groups by share in the year, with the change since the base year', () => {
    const [first, second] = profile.flows.export.groups;
    expect(first).toMatchObject({ name: 'Fuels', share: 63.33, baseShare: 24.99 });
    expect(first.change).toBeCloseTo(38.34, 10);
    expect(second).toMatchObject({ name: 'Metals', share: 12.5, baseShare: null, change: null });
  });

  it('says when a flow has no product groups at all', () => {
    expect(profile.flows.import.gap).toBe(
      'WITS publishes no product-group figures of Kazakhstan’s imports in this file.',
    );
  });

  it('checks the resource claim on Kazakhstan only, saying the data are exports to the world', () => {
    const check = resourceClaimCheck(profile, 2017)!;
    expect(check).toMatchObject({
      fuels: 63.33,
      minerals: 3.1,
      metals: 12.5,
      verdict: 'consistent',
      paragraph: 4,
    });
    expect(check.explanation).toContain('together 78.93 %');
    expect(check.explanation).toContain('do not say which of them go to China');
    expect(resourceClaimCheck({ ...profile, code: 'KGZ' }, 2017)).toBeNull();
  });
});

describe('the resource claim verdict', () => {
  it('is not consistent when fuels are not the largest group, and unverifiable without the shares', () => {
    const base = { year: 2000, fuels: 20, minerals: 20, metals: 20 };
    expect(resourceClaimVerdict({ ...base, largest: 'Fuels' }).verdict).toBe('consistent');
    expect(resourceClaimVerdict({ ...base, largest: 'Vegetable' }).verdict).toBe('inconsistent');
    expect(
      resourceClaimVerdict({ ...base, fuels: 10, minerals: 10, metals: 10, largest: 'Fuels' }).verdict,
    ).toBe('inconsistent');
    expect(resourceClaimVerdict({ ...base, metals: null, largest: 'Fuels' }).verdict).toBe('unverifiable');
  });
});

describe('a year whose groups jump and fall back', () => {
  it('names the group that holds 20 points more (or less) than in the year before and the year after', () => {
    const values = [1999, 2000, 2001].flatMap((year) =>
      sixteen(year, [50, 10, 10, 10, 5, 5, 2, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5]),
    );
    const misc = values.find((v) => v.code === 216 && v.year === 2000)!;
    const fuels = values.find((v) => v.code === 201 && v.year === 2000)!;
    misc.value = 45.5;
    fuels.value = 5;
    const odd = oddYears({ code: 'XYZ', name: 'Xland', values }, 'export');
    expect(odd.map((o) => o.year)).toEqual([2000]);
    expect(odd[0].text).toContain('Miscellaneous is 45.50 %, against 0.50 % in 1999 and 0.50 % in 2001');
    expect(odd[0].text).toContain('Animal is 5.00 %, against 50.00 % in 1999 and 50.00 % in 2001');
  });
});
