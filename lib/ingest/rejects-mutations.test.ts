import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ObservationRow } from './bulk-writer/bulk-writer';
import { datasetFileFor, listDatasetFiles, type ObservationFile } from './dataset-files';
import { economiesCsvToReference } from './economies-csv-to-reference';
import { codesOutsideIsoCsvToMap } from './economy-codes';
import { ingestErrorFrom } from './fixtures/fixture-helpers';
import { crossRowCheck, observationReader } from './observation-reader';
import { readCsv } from './read-csv';
import { readEconomyReference } from './read-economy-reference';
import { newReadTally, skippedNotes } from './read-tally';

// Each test takes a real file under data/, changes it the way a careless editor or a corrupted
// copy would, and runs it through the loader's reading steps (the same ones `npm run db:load`
// streams through): the change must be rejected at its file, line and column, saying what was
// expected, or, where the issue says so, counted and named in the load summary.

const root = process.cwd();
const { reference } = readEconomyReference(root, 'data/economies.csv');
const KAZ_NAME = 'en_KAZ_AllYears_WITS_Trade_Summary.CSV';
const KAZ = datasetFileFor.wits(KAZ_NAME);
const kazText = readFileSync(path.join(root, KAZ.file), 'latin1'); // WITS files are Windows-1252

// Every row the loader would store from `text`, read as the file `dataset` names.
function read(dataset: ObservationFile, text: string) {
  const table = readCsv(dataset.file, text);
  const tally = newReadTally();
  const readRecord = observationReader(dataset, table.header, reference, tally);
  const rows: ObservationRow[] = table.records.flatMap((record) => readRecord(record));
  // The checks between rows that the loader makes once a file is read (cross-row-checks.ts).
  const check = crossRowCheck(dataset);
  check.add(rows);
  check.finish();
  return { rows, tally };
}

const readKaz = (text: string) => read(KAZ, text);

// The 1-based line of the file that starts with `prefix` (found here, not taken from the loader).
function lineStarting(text: string, prefix: string): number {
  const index = text.split('\r\n').findIndex((line) => line.startsWith(prefix));
  expect(index).toBeGreaterThan(0);
  return index + 1;
}

// The file with one line edited; the edit must change it.
function editLine(text: string, line: number, edit: (line: string) => string): string {
  const lines = text.split('\r\n');
  const edited = edit(lines[line - 1]);
  expect(edited).not.toBe(lines[line - 1]);
  lines[line - 1] = edited;
  return lines.join('\r\n');
}

// The file with every row's cells edited (the header is row 0), written back as CSV.
function editCells(text: string, edit: (cells: string[], row: number) => string[]): string {
  const rows = Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: false }).data;
  return `${Papa.unparse(rows.map(edit), { newline: '\r\n' })}\r\n`;
}

// The first year cell (2019) of a line, replaced.
function setFirstYearCell(line: string, cell: string): string {
  const cells = line.split(',');
  cells[5] = cell;
  return cells.join(',');
}

const CHINA_EXPORT_VALUE = 'Kazakhstan,China,All Products,Export,Trade (US$ Mil)-Top 5 Export Partner,';
const CHINA_EXPORT_SHARE = 'Kazakhstan,China,All Products,Export,Partner share(%)-Top 5 Export Partner,';

describe('the real WITS file for Kazakhstan, unchanged', () => {
  it('is read whole: no row skipped, none repeated, the published China figures for 2019', () => {
    const { rows, tally } = readKaz(kazText);
    expect(skippedNotes(tally)).toEqual([]);
    expect(tally.exactDuplicates).toBe(0);
    const china2019 = (measure: string) =>
      rows.find(
        (r) => r.partnerCode === 'CHN' && r.flow === 'export' && r.measure === measure && r.year === 2019,
      )?.value;
    expect(china2019('value')).toBe(7823.41); // line 12 of the file
    expect(china2019('share')).toBe(13.55); // line 68
  });
});

describe('a WITS value outside its range is rejected at its line and year column', () => {
  const valueLine = lineStarting(kazText, CHINA_EXPORT_VALUE);
  const shareLine = lineStarting(kazText, CHINA_EXPORT_SHARE);
  const withCell = (line: number, cell: string) =>
    editLine(kazText, line, (text) => setFirstYearCell(text, cell));

  it('a negative US$ value', () => {
    const error = ingestErrorFrom(() => readKaz(withCell(valueLine, '-7823.41')));
    expect(error.location).toEqual({ file: KAZ.file, line: valueLine, column: '2019' });
    expect(error.expected).toBe('a value in US$ million of 0 or more (found -7823.41)');
  });

  it.each([
    ['1e308', '1e+308'],
    ['-1e308', '-1e+308'],
  ])('a US$ value of %s, past the stated bound of US$ 100 trillion', (cell, shown) => {
    const error = ingestErrorFrom(() => readKaz(withCell(valueLine, cell)));
    expect(error.location).toEqual({ file: KAZ.file, line: valueLine, column: '2019' });
    expect(error.expected).toBe(
      `a value in US$ million below 100,000,000 (US$ 100 trillion; found ${shown})`,
    );
  });

  it('1e309, which is Infinity as a number', () => {
    const error = ingestErrorFrom(() => readKaz(withCell(valueLine, '1e309')));
    expect(error.location).toEqual({ file: KAZ.file, line: valueLine, column: '2019' });
    expect(error.expected).toBe('a finite number (found "1e309")');
  });

  it.each(['1e308', '-1e308', '-13.55', '113.55'])('a share of %s', (cell) => {
    const error = ingestErrorFrom(() => readKaz(withCell(shareLine, cell)));
    expect(error.location).toEqual({ file: KAZ.file, line: shareLine, column: '2019' });
    expect(error.expected).toBe(`a share between 0 and 100 (found ${Number(cell)})`);
  });

  it('1e309 as a share', () => {
    const error = ingestErrorFrom(() => readKaz(withCell(shareLine, '1e309')));
    expect(error.location).toEqual({ file: KAZ.file, line: shareLine, column: '2019' });
    expect(error.expected).toBe('a finite number (found "1e309")');
  });
});

describe('WITS year columns that break the layout (newest first, one per year, down to 1988) are rejected at the header', () => {
  it('a deleted year column (2010, with its cells)', () => {
    const text = editCells(kazText, (cells) => cells.filter((_, index) => index !== 14)); // 2019 is 5
    expect(readCsv(KAZ.file, text).header).not.toContain('2010');
    const error = ingestErrorFrom(() => readKaz(text));
    expect(error.location).toEqual({ file: KAZ.file, line: 1, column: '2009' });
    expect(error.expected).toBe(
      '"2010" after "2011": years newest first, one column per year (found "2009")',
    );
  });

  it('an extra 2025 column before 2019, its cells copying 2019', () => {
    const text = editCells(kazText, (cells, row) => [
      ...cells.slice(0, 5),
      row === 0 ? '2025' : cells[5],
      ...cells.slice(5),
    ]);
    const error = ingestErrorFrom(() => readKaz(text));
    expect(error.location).toEqual({ file: KAZ.file, line: 1, column: '2025' });
    expect(error.expected).toBe('the newest year first, from 1988 to 2019 (found "2025")');
  });

  it('an extra 1987 column after 1988, its cells copying 1988', () => {
    const text = editCells(kazText, (cells, row) => [...cells, row === 0 ? '1987' : cells[cells.length - 1]]);
    const error = ingestErrorFrom(() => readKaz(text));
    expect(error.location).toEqual({ file: KAZ.file, line: 1, column: '1987' });
    expect(error.expected).toBe('no year column after "1988", the oldest year of the layout (found "1987")');
  });

  it('the 2019 and 2018 headers swapped', () => {
    const text = kazText.replace('Indicator,2019,2018,', 'Indicator,2018,2019,');
    expect(text).not.toBe(kazText);
    const error = ingestErrorFrom(() => readKaz(text));
    expect(error.location).toEqual({ file: KAZ.file, line: 1, column: '2019' });
    expect(error.expected).toBe(
      '"2017" after "2018": years newest first, one column per year (found "2019")',
    );
  });

  it('the 1988 column deleted, so the years stop at 1989', () => {
    const text = editCells(kazText, (cells) => cells.slice(0, -1));
    const error = ingestErrorFrom(() => readKaz(text));
    expect(error.location).toEqual({ file: KAZ.file, line: 1, column: '1989' });
    expect(error.expected).toBe('year columns down to "1988" (the last is "1989")');
  });
});

describe("a WITS row that is not for the file's reporter is rejected at its line", () => {
  it('"Kyrgyz Republic" as the Reporter of every row of the Kazakhstan file', () => {
    const text = kazText.replaceAll('\r\nKazakhstan,', '\r\nKyrgyz Republic,');
    // The first row the loader reads (those above are GDP, tariffs …): Belarus's import value.
    const first = lineStarting(text, 'Kyrgyz Republic,Belarus,All Products,Import,Trade (US$ Mil)');
    const error = ingestErrorFrom(() => readKaz(text));
    expect(error.location).toEqual({ file: KAZ.file, line: first, column: 'Reporter' });
    expect(error.expected).toBe(
      'the reporter this file is for, KAZ (found "Kyrgyz Republic", which data/economies.csv gives as KGZ)',
    );
  });

  it('still accepts the empty Reporter cells of a WITS region file (the file names the reporter)', () => {
    const lcn = datasetFileFor.wits('en_LCN_AllYears_WITS_Trade_Summary.CSV');
    const text = readFileSync(path.join(root, lcn.file), 'latin1');
    expect(text).toMatch(/\r\n,World,/);
    const { rows } = read(lcn, text);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.reporterCode))).toEqual(new Set(['LCN']));
  });
});

describe('every row of the indicators the loader reads is recognised', () => {
  const shareLine = lineStarting(kazText, CHINA_EXPORT_SHARE);

  it('rejects "all products" lower-cased on a row it reads, at the product column', () => {
    const text = editLine(kazText, shareLine, (line) => line.replace('All Products', 'all products'));
    const error = ingestErrorFrom(() => readKaz(text));
    expect(error.location).toEqual({ file: KAZ.file, line: shareLine, column: 'Product categories' });
    expect(error.expected).toBe(
      '"All Products" for indicator "Partner share(%)-Top 5 Export Partner", the only product category the loader reads it for (found "all products")',
    );
  });

  it('rejects an indicator that is a variant of a known one (case, a typo), at the indicator column', () => {
    for (const variant of [
      'partner share(%)-top 5 export partner',
      'Partner share(%)-Top 5 Exprot Partner',
    ]) {
      const text = editLine(kazText, shareLine, (line) =>
        line.replace('Partner share(%)-Top 5 Export Partner', variant),
      );
      const error = ingestErrorFrom(() => readKaz(text));
      expect(error.location).toEqual({ file: KAZ.file, line: shareLine, column: 'Indicator' });
      expect(error.expected).toBe(
        `a WITS indicator exactly as published: "Partner share(%)-Top 5 Export Partner" (found "${variant}")`,
      );
    }
  });

  it('rejects a read indicator filed under the other flow, at the indicator type column', () => {
    const text = editLine(kazText, shareLine, (line) => line.replace(',Export,', ',Import,'));
    const error = ingestErrorFrom(() => readKaz(text));
    expect(error.location).toEqual({ file: KAZ.file, line: shareLine, column: 'Indicator Type' });
    expect(error.expected).toBe(
      '"Export" for indicator "Partner share(%)-Top 5 Export Partner" (found "Import")',
    );
  });

  it('rejects a total (Exports in US$ Mil) filed against a partner other than the World', () => {
    const line = lineStarting(kazText, 'Kazakhstan,World,All Products,Export,Exports (in US$ Mil),');
    const text = editLine(kazText, line, (l) => l.replace('Kazakhstan,World,', 'Kazakhstan,China,'));
    const error = ingestErrorFrom(() => readKaz(text));
    expect(error.location).toEqual({ file: KAZ.file, line, column: 'Partner' });
    expect(error.expected).toBe('"World" for indicator "Exports (in US$ Mil)", a total (found "China")');
  });

  it('counts and names the rows of an indicator it does not know, loading nothing from them', () => {
    const text = editLine(kazText, shareLine, (line) =>
      line.replace('Partner share(%)-Top 5 Export Partner', 'Re-export share(%)'),
    );
    const { rows, tally } = readKaz(text);
    expect(skippedNotes(tally)).toEqual([
      'skipped 1 rows naming indicator "Re-export share(%)": an indicator the loader does not know (lib/ingest/wits-indicators.ts)',
    ]);
    const chinaShares = rows.filter(
      (r) => r.partnerCode === 'CHN' && r.measure === 'share' && r.flow === 'export',
    );
    expect(chinaShares).toEqual([]);
  });
});

describe('an exact duplicate WITS row', () => {
  it('is counted once as a repeat and changes no value', () => {
    const shareLine = lineStarting(kazText, CHINA_EXPORT_SHARE);
    const original = readKaz(kazText).rows;
    const text = editLine(kazText, shareLine, (line) => `${line}\r\n${line}`);
    const { rows, tally } = readKaz(text);
    expect(tally.exactDuplicates).toBe(1);
    // The same rows; those below the repeat sit one line lower.
    const anyLine = (row: ObservationRow) => ({ ...row, line: 0 });
    expect(rows.map(anyLine)).toEqual(original.map(anyLine));
  });
});

describe('economy codes in data/economies.csv', () => {
  const file = 'data/economies.csv';
  const text = readFileSync(path.join(root, file), 'utf8');
  const outsideIso = codesOutsideIsoCsvToMap(
    readCsv(
      'data/economy-codes-outside-iso.csv',
      readFileSync(path.join(root, 'data/economy-codes-outside-iso.csv'), 'utf8'),
    ),
  );
  const switzerland =
    text.split('\n').findIndex((line) => line.startsWith('CHE,Switzerland,economy,wits,')) + 1;

  it('rejects CHE mistyped as C1E at its line and code column', () => {
    const edited = text.replace('CHE,Switzerland,economy,wits,', 'C1E,Switzerland,economy,wits,');
    const error = ingestErrorFrom(() => economiesCsvToReference(readCsv(file, edited), outsideIso));
    expect(error.location).toEqual({ file, line: switzerland, column: 'code' });
    expect(error.expected).toBe(
      'a three-letter code (ISO 3166-1 alpha-3 or an aggregate code) (found "C1E")',
    );
  });

  it('rejects CHE mistyped as CHX (three letters, but no ISO code) at its line and code column', () => {
    const edited = text.replace('CHE,Switzerland,economy,wits,', 'CHX,Switzerland,economy,wits,');
    const error = ingestErrorFrom(() => economiesCsvToReference(readCsv(file, edited), outsideIso));
    expect(error.location).toEqual({ file, line: switzerland, column: 'code' });
    expect(error.expected).toBe(
      'an ISO 3166-1 alpha-3 code, a code listed in data/economy-codes-outside-iso.csv, or kind "aggregate" (found "CHX")',
    );
  });

  it('rejects a former economy once its code is taken off the list of codes outside ISO', () => {
    const withoutUssr = new Map(outsideIso);
    withoutUssr.delete('SUN');
    const line = text.split('\n').findIndex((l) => l.startsWith('SUN,')) + 1;
    const error = ingestErrorFrom(() => economiesCsvToReference(readCsv(file, text), withoutUssr));
    expect(error.location).toEqual({ file, line, column: 'code' });
  });

  it('rejects an ISO code on the list of codes outside ISO', () => {
    const list = 'code,reason\nCHE,not needed\n';
    const error = ingestErrorFrom(() => codesOutsideIsoCsvToMap(readCsv('outside.csv', list)));
    expect(error.location).toEqual({ file: 'outside.csv', line: 2, column: 'code' });
    expect(error.expected).toBe('a code that is not ISO 3166-1 alpha-3 (CHE is one; it needs no entry here)');
  });
});

describe('IMF DOTS values', () => {
  // Real lines of data/imf-dots/dots_all_long.csv.gz, in file order: Kazakhstan's exports to the
  // World and China (1995, 1996), World exports to the World (1960), and the file's 13 negative
  // values, all from aggregate reporters (World, Advanced Economies; partner Malaysia, 1960–1963).
  const dots: ObservationFile = {
    ...datasetFileFor.dots,
    file: 'lib/ingest/fixtures/dots/real-lines-with-negatives.csv',
  };
  const dotsText = readFileSync(path.join(root, dots.file), 'utf8');

  it('keeps the published negative values of aggregate reporters, as published', () => {
    const { rows } = read(dots, dotsText);
    const negative = rows.filter((row) => row.value < 0);
    expect(negative).toHaveLength(13);
    expect(new Set(negative.map((row) => row.reporterCode))).toEqual(new Set(['WLD', 'XAE']));
    expect(negative.find((row) => row.reporterCode === 'WLD' && row.flow === 'export')?.value).toBe(-4.8);
  });

  it("rejects a negative value from an economy's own report, at its line", () => {
    const line = lineStarting(
      dotsText.replaceAll('\n', '\r\n'),
      '"Kazakhstan, Rep. of",KAZ,exports_fob,"China',
    );
    const text = dotsText.replace(
      ',296.99999999999977,296.9999999999998,',
      ',-296.99999999999977,-296.9999999999998,',
    );
    const error = ingestErrorFrom(() => read(dots, text));
    expect(error.location).toEqual({ file: dots.file, line, column: 'value_usd_millions' });
    expect(error.expected).toBe(
      'a value in US$ million of 0 or more (found -296.9999999999998); negative values are accepted only from ' +
        'aggregate reporters (kind "aggregate" in data/economies.csv), as the IMF publishes them',
    );
  });

  it.each([
    ['1e309', 'a finite number (found "1e309")'],
    ['1e308', 'a value in US$ million below 100,000,000 (US$ 100 trillion; found 1e+308)'],
  ])('rejects %s at its line', (cell, expected) => {
    const text = dotsText.replace(',5256.6000000000004,5256.6,', `,5256.6000000000004,${cell},`);
    const error = ingestErrorFrom(() => read(dots, text));
    expect(error.location).toEqual({ file: dots.file, line: 2, column: 'value_usd_millions' });
    expect(error.expected).toBe(expected);
  });
});

describe('the real data still loads', () => {
  it('reads every WITS file under data/worldbank with nothing skipped or repeated, every share agreeing with its US$ values', () => {
    const files = listDatasetFiles(root).filter((d): d is ObservationFile => d.source === 'wits');
    expect(files).toHaveLength(213);
    let rows = 0;
    for (const dataset of files) {
      const text = readFileSync(path.join(root, dataset.file), 'latin1');
      if (!text.trim().includes('\n')) continue; // en_CAA, en_CEA, en_CLA, en_CME, en_CSA: a header only
      const result = read(dataset, text);
      expect(skippedNotes(result.tally)).toEqual([]);
      expect(result.tally.exactDuplicates).toBe(0);
      rows += result.rows.length;
    }
    expect(rows).toBeGreaterThan(90_000);
  });
});
