import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { economiesCsvToReference, economyCodeFor } from './economies-csv-to-reference';
import { ingestErrorFrom, readFixture } from './fixtures/fixture-helpers';
import { readCsv } from './read-csv';

describe('economiesCsvToReference on the good fixture', () => {
  const reference = economiesCsvToReference(readFixture('economies.csv'));

  it('gives one economy per code, with its display name and kind', () => {
    expect([...reference.economies.values()]).toEqual([
      { code: 'AUS', name: 'Australia', kind: 'economy' },
      { code: 'CHN', name: 'China', kind: 'economy' },
      { code: 'KAZ', name: 'Kazakhstan', kind: 'economy' },
      { code: 'RUS', name: 'Russia', kind: 'economy' },
      { code: 'WLD', name: 'World', kind: 'aggregate' },
    ]);
  });

  it('keeps one alias per row: nine spellings', () => {
    expect(reference.aliases).toHaveLength(9);
    expect(reference.aliases).toContainEqual({
      source: 'dots',
      alias: 'China, P.R.: Mainland',
      economyCode: 'CHN',
    });
  });

  it("resolves each source's own spelling, and only that source's", () => {
    expect(economyCodeFor(reference, 'wits', { name: 'China' })).toBe('CHN');
    expect(economyCodeFor(reference, 'dots', { name: 'China, P.R.: Mainland' })).toBe('CHN');
    expect(economyCodeFor(reference, 'dots', { name: 'China' })).toBeUndefined();
    expect(economyCodeFor(reference, 'wits', { name: 'china' })).toBeUndefined();
  });

  it('accepts a code only when it is a known economy', () => {
    expect(economyCodeFor(reference, 'dots', { code: 'KAZ' })).toBe('KAZ');
    expect(economyCodeFor(reference, 'dots', { code: 'UZB' })).toBeUndefined();
  });
});

describe('economiesCsvToReference on bad input', () => {
  it('rejects a file without the kind column', () => {
    const error = ingestErrorFrom(() =>
      economiesCsvToReference(readFixture('economies/bad-missing-column.csv')),
    );
    expect(error.location).toEqual({ file: 'economies/bad-missing-column.csv', line: 1, column: 'kind' });
    expect(error.expected).toBe('a column named "kind"');
  });

  it('rejects an extra column', () => {
    const error = ingestErrorFrom(() =>
      economiesCsvToReference(readFixture('economies/bad-unknown-column.csv')),
    );
    expect(error.location).toEqual({ file: 'economies/bad-unknown-column.csv', line: 1, column: 'iso2' });
    expect(error.expected).toMatch(/unknown column "iso2"/);
  });

  it('rejects a second display name for the same code, quoting the first', () => {
    const error = ingestErrorFrom(() =>
      economiesCsvToReference(readFixture('economies/bad-conflicting-name.csv')),
    );
    expect(error.location).toEqual({ file: 'economies/bad-conflicting-name.csv', line: 3, column: 'name' });
    expect(error.expected).toMatch(/same name and kind as earlier rows for CHN \("China", economy\)/);
  });

  it('rejects a kind other than economy or aggregate', () => {
    const error = ingestErrorFrom(() =>
      economiesCsvToReference(readFixture('economies/bad-unknown-kind.csv')),
    );
    expect(error.location).toEqual({ file: 'economies/bad-unknown-kind.csv', line: 3, column: 'kind' });
    expect(error.expected).toBe('economy or aggregate (found "region")');
  });

  it('rejects one spelling mapped to two codes', () => {
    // Line 4 maps the WITS spelling "China" to HKG, after line 3 mapped it to CHN.
    const error = ingestErrorFrom(() =>
      economiesCsvToReference(readFixture('economies/bad-repeated-alias.csv')),
    );
    expect(error.location).toEqual({ file: 'economies/bad-repeated-alias.csv', line: 4, column: 'alias' });
    expect(error.expected).toMatch(/"China" is repeated/);
  });
});

describe('the real data/economies.csv', () => {
  it('loads with the 683 rows and 267 codes that data/ECONOMIES.md describes', () => {
    const file = 'data/economies.csv';
    const reference = economiesCsvToReference(
      readCsv(file, readFileSync(path.join(process.cwd(), file), 'utf8')),
    );
    expect(reference.aliases).toHaveLength(683);
    expect(reference.economies.size).toBe(267);
  });
});
