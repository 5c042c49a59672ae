import { describe, expect, it } from 'vitest';
import { fixedShareStretches, fixedShareYears, type PartnerShare } from './fixed-share-stretches';

// Shares of partners A, B, C, … in one year.
const year = (y: number, shares: number[]): PartnerShare[] =>
  shares.map((share, i) => ({ partnerCode: String.fromCharCode(65 + i), year: y, share }));
const FIVE = [40, 25, 15, 10, 5];

describe('fixedShareYears', () => {
  it('finds a year whose partners keep last year’s shares exactly', () => {
    expect(fixedShareYears([...year(2000, FIVE), ...year(2001, FIVE)])).toEqual([2001]);
  });

  it('finds a year whose whole distribution is rescaled by one factor (the IMF’s drift)', () => {
    const drifted = FIVE.map((s) => s * 1.004);
    expect(fixedShareYears([...year(2000, FIVE), ...year(2001, drifted)])).toEqual([2001]);
  });

  it('does not find a year of honest change', () => {
    expect(fixedShareYears([...year(2000, FIVE), ...year(2001, [38, 27, 14, 11, 5])])).toEqual([]);
  });

  it('holds at 80 % of partners within 0.1 % of the median factor, and not below', () => {
    // Five partners: four holding is 80 %; three is 60 %.
    expect(fixedShareYears([...year(2000, FIVE), ...year(2001, [40, 25, 15, 10, 6])])).toEqual([2001]);
    expect(fixedShareYears([...year(2000, FIVE), ...year(2001, [40, 25, 15, 11, 6])])).toEqual([]);
  });

  it('allows 0.1 % of the factor and no more', () => {
    const within = [40 * 1.0009, 25, 15, 10, 5 * 1.0009];
    const beyond = [40 * 1.0012, 25, 15, 10, 5 * 1.0012];
    expect(fixedShareYears([...year(2000, FIVE), ...year(2001, within)])).toEqual([2001]);
    expect(fixedShareYears([...year(2000, FIVE), ...year(2001, beyond)])).toEqual([]);
  });

  it('needs three partners of 0.5 % or more; smaller partners are not judged', () => {
    const two = [60, 39, 0.4, 0.3, 0.2];
    expect(fixedShareYears([...year(2000, two), ...year(2001, two)])).toEqual([]);
    const smallMoves = [...FIVE, 0.4, 0.3];
    const moved = [...FIVE, 0.2, 0.1];
    expect(fixedShareYears([...year(2000, smallMoves), ...year(2001, moved)])).toEqual([2001]);
  });

  it('counts a partner that appears or vanishes as one that did not keep its share', () => {
    const before = year(2000, [40, 25, 15, 10]);
    const after = [...year(2001, [40, 25, 15, 10]), { partnerCode: 'X', year: 2001, share: 9 }];
    // 4 of 5 partners hold: still 80 %.
    expect(fixedShareYears([...before, ...after])).toEqual([2001]);
    const three = year(2000, [40, 25, 15]);
    const plusOne = [...year(2001, [40, 25, 15]), { partnerCode: 'X', year: 2001, share: 9 }];
    expect(fixedShareYears([...three, ...plusOne])).toEqual([]); // 3 of 4 is 75 %
  });

  it('needs the year before: a first year or one after a gap is not judged', () => {
    expect(fixedShareYears([...year(2000, FIVE), ...year(2002, FIVE)])).toEqual([]);
  });
});

describe('fixedShareStretches', () => {
  const honest = (y: number) =>
    year(
      y,
      FIVE.map((s, i) => s * (1 + ((y * (i + 1)) % 7) / 50)),
    );
  it('joins consecutive years and bridges a one-year hole, not a two-year one', () => {
    const shares = [
      ...year(2000, FIVE),
      ...year(2001, FIVE),
      ...year(2002, FIVE),
      ...honest(2003), // 2003 breaks the pattern …
      ...honest(2003).map((s) => ({ ...s, year: 2004 })), // … and 2004 keeps 2003's: a one-year hole
      ...honest(2003).map((s) => ({ ...s, year: 2005 })),
      ...honest(2006),
      ...honest(2007),
      ...honest(2007).map((s) => ({ ...s, year: 2008 })),
    ];
    expect(fixedShareYears(shares)).toEqual([2001, 2002, 2004, 2005, 2008]);
    expect(fixedShareStretches(shares)).toEqual([
      { firstYear: 2001, lastYear: 2005 },
      { firstYear: 2008, lastYear: 2008 },
    ]);
  });

  it('finds nothing in an empty series', () => {
    expect(fixedShareStretches([])).toEqual([]);
  });
});
