import { describe, expect, it } from 'vitest';
import { deriveShares } from './fixtures/derive-shares';
import {
  dotsContext,
  dotsCsvToRows,
  fixtureReference,
  readFixture,
  rowsToObservations,
} from './fixtures/fixture-helpers';
import type { ObservationInput } from './fixtures/fixture-helpers';

function value(
  partnerCode: string,
  amount: number,
  overrides: Partial<ObservationInput> = {},
): ObservationInput {
  return {
    reporterCode: 'KAZ',
    partnerCode,
    flow: 'export',
    measure: 'value',
    year: 2000,
    value: amount,
    flag: null,
    ...overrides,
  };
}

describe('deriveShares', () => {
  it('gives each partner its value over the World total × 100, flagged as derived', () => {
    const shares = deriveShares([value('WLD', 200), value('CHN', 50), value('RUS', 30)]);
    expect(shares).toEqual([
      value('CHN', 25, { measure: 'share', flag: 'derived' }),
      value('RUS', 15, { measure: 'share', flag: 'derived' }),
    ]);
  });

  it('flags a share derived from an IMF estimate, on either the partner or the World side', () => {
    const fromPartner = deriveShares([value('WLD', 200), value('CHN', 50, { flag: 'estimate' })]);
    expect(fromPartner.map((s) => s.flag)).toEqual(['derived-from-estimate']);
    const fromWorld = deriveShares([value('WLD', 200, { flag: 'estimate' }), value('CHN', 50)]);
    expect(fromWorld.map((s) => s.flag)).toEqual(['derived-from-estimate']);
  });

  it('gives no share without a World total for that reporter, flow and year', () => {
    const shares = deriveShares([
      value('WLD', 200, { flow: 'import' }),
      value('WLD', 200, { year: 2001 }),
      value('WLD', 200, { reporterCode: 'KGZ' }),
      value('CHN', 50),
    ]);
    expect(shares).toEqual([]);
  });

  it('gives no share from a value above its World total (the IMF estimates of 2010), nor from a negative one', () => {
    const shares = deriveShares([
      value('WLD', 6.68542),
      value('MEX', 6.69, { flag: 'estimate' }),
      value('MYS', -4.8),
    ]);
    expect(shares).toEqual([]);
  });

  it('gives no share when the World total is zero, rather than dividing by it', () => {
    expect(deriveShares([value('WLD', 0), value('CHN', 0)])).toEqual([]);
  });

  it('gives no share for World itself and ignores rows that are already shares', () => {
    const shares = deriveShares([value('WLD', 200), value('CHN', 12, { measure: 'share' })]);
    expect(shares).toEqual([]);
  });
});

describe('deriveShares on the DOTS fixture', () => {
  const file = 'dots/central-asia.csv';
  const { observations } = rowsToObservations(
    dotsCsvToRows(readFixture(file)),
    dotsContext(file),
    fixtureReference(),
  );
  const shares = deriveShares(observations);
  const share = (partnerCode: string, flow: string, year: number) =>
    shares.find((s) => s.partnerCode === partnerCode && s.flow === flow && s.year === year);

  it('computes export shares from the values in the file', () => {
    // value_usd_millions in dots/central-asia.csv: World 1995 = 5256.6, China 296.9999999999998, Russia 2365.8.
    expect(share('CHN', 'export', 1995)?.value).toBeCloseTo((296.9999999999998 / 5256.6) * 100, 10);
    expect(share('RUS', 'export', 1995)?.value).toBeCloseTo((2365.8 / 5256.6) * 100, 10);
    expect(share('CHN', 'export', 1995)?.flag).toBe('derived');
  });

  it('marks the 1993 China share as derived from an estimate ("239.12 e")', () => {
    expect(share('CHN', 'export', 1993)?.value).toBeCloseTo((239.12 / 1106.6572348591446) * 100, 10);
    expect(share('CHN', 'export', 1993)?.flag).toBe('derived-from-estimate');
  });

  it('gives no import share, since the file has no World import total', () => {
    expect(share('CHN', 'import', 1995)).toBeUndefined();
    expect(shares).toHaveLength(4); // Australia, China 1993 and 1995, Russia 1995: exports only
  });
});
