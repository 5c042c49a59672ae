import { IngestError } from './ingest-error';

// The years of the WITS release in data/worldbank (data/worldbank/PROVENANCE.md): every file runs
// from its newest year down to 1988, one column per year; the newest is 2019 (2018 in en_TJK,
// from the previous vintage). A newer release moves WITS_NEWEST_YEAR.
export const WITS_OLDEST_YEAR = 1988;
export const WITS_NEWEST_YEAR = 2019;

const YEAR = /^\d{4}$/;

// The header's year columns, checked against the layout: after the key columns, newest first, one
// column per year, down to 1988. A deleted, added or swapped year column is rejected at line 1 and
// that column, since its cells would be read as the wrong year.
export function witsYearColumns(file: string, header: string[], keyColumns: number): string[] {
  const years = header.slice(keyColumns);
  const at = (column: string, expected: string) => new IngestError({ file, line: 1, column }, expected);
  if (years.length === 0)
    throw at(header[header.length - 1] ?? '', 'year columns (2019, 2018, …) after "Indicator"');
  for (const [index, name] of years.entries()) {
    if (!YEAR.test(name)) throw at(name, `a year column (found "${name}" among the years)`);
    const year = Number(name);
    if (index > 0 && year < WITS_OLDEST_YEAR)
      throw at(
        name,
        `no year column after "${WITS_OLDEST_YEAR}", the oldest year of the layout (found "${name}")`,
      );
    if (index === 0) {
      if (year > WITS_NEWEST_YEAR || year < WITS_OLDEST_YEAR)
        throw at(
          name,
          `the newest year first, from ${WITS_OLDEST_YEAR} to ${WITS_NEWEST_YEAR} (found "${name}")`,
        );
      continue;
    }
    const expected = Number(years[index - 1]) - 1;
    if (year !== expected) {
      throw at(
        name,
        `"${expected}" after "${years[index - 1]}": years newest first, one column per year (found "${name}")`,
      );
    }
  }
  const oldest = years[years.length - 1];
  if (Number(oldest) !== WITS_OLDEST_YEAR)
    throw at(oldest, `year columns down to "${WITS_OLDEST_YEAR}" (the last is "${oldest}")`);
  return years;
}
