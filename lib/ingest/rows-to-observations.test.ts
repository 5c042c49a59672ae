import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dotsContext,
  dotsCsvToRows,
  fixtureReference,
  ingestErrorFrom,
  readFixture,
  rowsToObservations,
  witsContext,
  witsCsvToRows,
} from './fixtures/fixture-helpers';
import { readCsv } from './read-csv';
import { readEconomyReference } from './read-economy-reference';
import type { ObservationInput } from './fixtures/fixture-helpers';
import type { SourceRow } from './source-row';

const reference = fixtureReference();

function witsObservations(file: string) {
  return rowsToObservations(witsCsvToRows(readFixture(file)), witsContext(file), reference);
}

function dotsObservations(file: string) {
  return rowsToObservations(dotsCsvToRows(readFixture(file)), dotsContext(file), reference);
}

describe('rowsToObservations resolves names to codes', () => {
  it('maps WITS spellings to economy codes', () => {
    const { observations } = witsObservations('wits/kaz.csv');
    expect(new Set(observations.map((o) => o.reporterCode))).toEqual(new Set(['KAZ']));
    expect(new Set(observations.map((o) => o.partnerCode))).toEqual(new Set(['WLD', 'CHN', 'RUS']));
    expect(observations).toContainEqual({
      reporterCode: 'KAZ',
      partnerCode: 'RUS',
      flow: 'export',
      measure: 'share',
      year: 1996,
      value: 42.06,
      flag: null,
    });
  });

  it('maps DOTS spellings ("China, P.R.: Mainland") to the same codes as WITS', () => {
    const { observations } = dotsObservations('dots/central-asia.csv');
    expect(observations).toContainEqual({
      reporterCode: 'KAZ',
      partnerCode: 'CHN',
      flow: 'export',
      measure: 'value',
      year: 1993,
      value: 239.12,
      flag: 'estimate',
    });
  });

  it('rejects a WITS partner name that economies.csv does not list for WITS, at its line', () => {
    // Line 3 spells the partner "Russia"; WITS (and economies.csv) spell it "Russian Federation".
    const error = ingestErrorFrom(() => witsObservations('wits/bad-unknown-economy.csv'));
    expect(error.location).toEqual({ file: 'wits/bad-unknown-economy.csv', line: 3, column: 'Partner' });
    expect(error.expected).toMatch(
      /an economy listed for wits in data\/economies\.csv \(unknown name "Russia"\)/,
    );
  });

  it('rejects a DOTS partner name that economies.csv does not list for DOTS, at its line', () => {
    const error = ingestErrorFrom(() => dotsObservations('dots/bad-unknown-economy.csv'));
    expect(error.location).toEqual({ file: 'dots/bad-unknown-economy.csv', line: 3, column: 'partner' });
    expect(error.expected).toMatch(/unknown name "Russia"/);
  });

  it("does not accept one source's spelling for the other source", () => {
    // "China" is the WITS spelling only; DOTS writes "China, P.R.: Mainland".
    const row: SourceRow = {
      line: 7,
      column: 'value_usd_millions',
      reporter: { code: 'KAZ' },
      partner: { name: 'China' },
      flow: 'export',
      measure: 'value',
      year: 2000,
      value: 1,
      flag: null,
    };
    const error = ingestErrorFrom(() => rowsToObservations([row], dotsContext('dots.csv'), reference));
    expect(error.location).toEqual({ file: 'dots.csv', line: 7, column: 'partner' });
  });

  it('rejects a reporter code that is not an economy, in the reporter column', () => {
    const row: SourceRow = {
      line: 12,
      column: 'value_usd_millions',
      reporter: { code: 'UZB' },
      partner: { name: 'World' },
      flow: 'import',
      measure: 'value',
      year: 2000,
      value: 1,
      flag: null,
    };
    const error = ingestErrorFrom(() => rowsToObservations([row], dotsContext('dots.csv'), reference));
    expect(error.location).toEqual({ file: 'dots.csv', line: 12, column: 'reporter_iso3' });
    expect(error.expected).toMatch(/unknown code "UZB"/);
  });
});

describe('rowsToObservations enforces one value per key', () => {
  it('counts the Australia row the IMF lists twice once', () => {
    const { observations, exactDuplicates } = dotsObservations('dots/central-asia.csv');
    expect(observations.filter((o) => o.partnerCode === 'AUS')).toHaveLength(1);
    expect(exactDuplicates).toBe(1);
    expect(observations).toHaveLength(7); // eight records, one of them a repeat
  });

  it('rejects a WITS row that repeats a key with a different value, naming both lines and values', () => {
    // Line 4 repeats line 2 (China export share) but gives 12.95 for 2017 instead of 11.95.
    const error = ingestErrorFrom(() => witsObservations('wits/bad-conflicting-duplicate.csv'));
    expect(error.location).toEqual({ file: 'wits/bad-conflicting-duplicate.csv', line: 4, column: '2017' });
    expect(error.expected).toMatch(/one value per reporter, partner, flow and year/);
    expect(error.expected).toMatch(/line 2 already gave 11\.95/);
    expect(error.expected).toMatch(/this row gives 12\.95/);
  });

  it('rejects a DOTS row that repeats a key with a different value', () => {
    const error = ingestErrorFrom(() => dotsObservations('dots/bad-conflicting-duplicate.csv'));
    expect(error.location).toEqual({
      file: 'dots/bad-conflicting-duplicate.csv',
      line: 4,
      column: 'value_usd_millions',
    });
    expect(error.expected).toMatch(/this row gives 297\.5/);
  });

  it('treats the same value with and without the estimate mark as a conflict', () => {
    const base: SourceRow = {
      line: 2,
      column: 'value_usd_millions',
      reporter: { code: 'KAZ' },
      partner: { name: 'World' },
      flow: 'export',
      measure: 'value',
      year: 1995,
      value: 5,
      flag: null,
    };
    const error = ingestErrorFrom(() =>
      rowsToObservations([base, { ...base, line: 3, flag: 'estimate' }], dotsContext('dots.csv'), reference),
    );
    expect(error.location.line).toBe(3);
  });
});

describe('the real KAZ WITS file, with the real data/economies.csv', () => {
  const read = (file: string) => readCsv(file, readFileSync(path.join(process.cwd(), file), 'utf8'));
  const file = 'data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV';
  const realReference = readEconomyReference(process.cwd(), 'data/economies.csv').reference;
  const { observations } = rowsToObservations(witsCsvToRows(read(file)), witsContext(file), realReference);
  const chinaShare = (flow: ObservationInput['flow'], year: number) =>
    observations.find(
      (o) => o.partnerCode === 'CHN' && o.measure === 'share' && o.flow === flow && o.year === year,
    )?.value;

  it("gives the published China shares of Kazakhstan's trade", () => {
    expect(chinaShare('export', 1995)).toBe(5.43);
    expect(chinaShare('export', 2017)).toBe(11.95);
    expect(chinaShare('import', 2017)).toBe(15.86);
  });

  it('has no China import share for 1995 to 2001, where WITS publishes none; the series starts in 2002', () => {
    for (let year = 1995; year <= 2001; year += 1) expect(chinaShare('import', year)).toBeUndefined();
    expect(chinaShare('import', 2002)).toBe(4.76);
  });
});
