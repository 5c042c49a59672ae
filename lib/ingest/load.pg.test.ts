// The loader's guarantees, one suite run against both databases (describe.each): SQLite always,
// PostgreSQL when PG_TEST_URL is set. Named .pg.test so that `npm run test:pg` runs it too.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../database/prisma-client';
import { datasetFileFor, listDatasetFiles, type ObservationFile } from './dataset-files';
import { deriveShares } from './fixtures/derive-shares';
import { economiesCsvToReference } from './economies-csv-to-reference';
import { copyOfDataWithDotsRows, writeDotsRows } from './fixtures/data-copy';
import { dotsContext, dotsCsvToRows, FIXTURES_ROOT, rowsToObservations } from './fixtures/fixture-helpers';
import { TEST_DATABASES, type FreshDatabase, type Row, type Tables } from './fixtures/test-databases';
import { IngestError } from './ingest-error';
import { loadData, type LoadOptions } from './load';
import { readCsv } from './read-csv';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-test-'));
const opened: FreshDatabase[] = [];
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const WITS_KAZ = datasetFileFor.wits('en_KAZ_AllYears_WITS_Trade_Summary.CSV');
// The fixtures' economies.csv has no wits-file rows: the reporter comes from the Reporter column.
const WITS_FIXTURE: ObservationFile = {
  ...WITS_KAZ,
  id: 'fixture-wits-kaz',
  file: 'wits/kaz.csv',
  reporterAlias: undefined,
};
const DOTS_FIXTURE: ObservationFile = {
  ...datasetFileFor.dots,
  id: 'fixture-dots',
  file: 'dots/central-asia.csv',
};
const ECONOMIES = 'economies.csv';
const FIXTURES = { root: FIXTURES_ROOT, datasets: [WITS_FIXTURE, DOTS_FIXTURE], economiesFile: ECONOMIES };
const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = path.join(process.cwd(), 'lib', 'ingest', 'cli.ts');

let counter = 0;
function copyOf(source: string): string {
  counter += 1;
  const root = path.join(tmp, `copy-${counter}`);
  fs.cpSync(source, root, { recursive: true });
  return root;
}

function editFile(
  root: string,
  file: string,
  edit: (text: string) => string,
  encoding: BufferEncoding = 'utf8',
) {
  const full = path.join(root, file);
  const before = fs.readFileSync(full, encoding);
  const after = edit(before);
  expect(after).not.toBe(before); // the edit must really change the file
  fs.writeFileSync(full, after, encoding);
}

// A folder with the real data/economies.csv (and its codes outside ISO) and the given files.
function rootWith(files: Record<string, string | Buffer>): string {
  counter += 1;
  const root = path.join(tmp, `root-${counter}`);
  fs.mkdirSync(path.join(root, 'data'), { recursive: true });
  for (const file of ['data/economies.csv', 'data/economy-codes-outside-iso.csv'])
    fs.copyFileSync(path.join(process.cwd(), file), path.join(root, file));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

// The load time differs between two loads by nature; everything else must not.
const withoutTimes = (tables: Tables): Tables => ({
  ...tables,
  Dataset: tables.Dataset.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'loadedAt')),
  ),
  DataVersion: tables.DataVersion.map((row) => ({ ...row, createdAt: 0 })),
});

async function failure(load: Promise<unknown>): Promise<IngestError> {
  try {
    await load;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

type Run = { code: number | null; stdout: string; stderr: string; seconds: number };
async function runCli(cwd: string, databaseUrl: string, args: string[] = []): Promise<Run> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, ...args], {
      cwd,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr, seconds: seconds() };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, seconds: seconds() };
  }
}

describe.each(TEST_DATABASES)('loadData on $name', ({ name, fresh }) => {
  async function freshDatabase(): Promise<FreshDatabase> {
    const db = await fresh(path.join(tmp, name), `load_${name}`);
    opened.push(db);
    return db;
  }
  const sqlite = TEST_DATABASES[0];

  it('loads the good set: economies, both datasets, their observations and derived shares', async () => {
    const db = await freshDatabase();
    const summary = await loadData({ ...FIXTURES, databaseUrl: db.url });

    // wits/kaz.csv: 13 non-empty cells in the rows used; dots: 7 distinct values + 4 derived export shares.
    expect(summary.loaded).toEqual(['wits/kaz.csv', 'dots/central-asia.csv']);
    expect(summary.unchanged).toEqual([]);
    expect(summary.rows).toBe(24);
    expect(summary.exactDuplicates).toBe(1); // the DOTS fixture lists Australia 1995 twice

    const tables = await db.snapshot();
    expect(tables.Economy.map((e) => e.code)).toEqual(['AUS', 'CHN', 'KAZ', 'RUS', 'WLD']);
    expect(tables.EconomyAlias).toHaveLength(9);
    expect(tables.Dataset.map((d) => [d.id, d.file, d.rowCount, d.checksum])).toEqual([
      ['economies', 'economies.csv', 9, sha256(path.join(FIXTURES_ROOT, 'economies.csv'))],
      [
        'fixture-dots',
        'dots/central-asia.csv',
        11,
        sha256(path.join(FIXTURES_ROOT, 'dots/central-asia.csv')),
      ],
      ['fixture-wits-kaz', 'wits/kaz.csv', 13, sha256(path.join(FIXTURES_ROOT, 'wits/kaz.csv'))],
    ]);
    expect(tables.Dataset.find((d) => d.id === 'fixture-wits-kaz')).toMatchObject({
      source: 'wits',
      publisher: WITS_KAZ.publisher,
      url: WITS_KAZ.url,
    });
    // Gathered while appending: which reporter has which partners, and the year span.
    const dotsPartners = tables.ReporterPartner.filter((p) => p.datasetId === 'fixture-dots');
    expect(dotsPartners.map((p) => [p.reporterCode, p.partnerCode])).toEqual(
      ['AUS', 'CHN', 'RUS', 'WLD'].map((partner) => ['KAZ', partner]),
    );
    expect(tables.Dataset.find((d) => d.id === 'fixture-dots')).toMatchObject({
      firstYear: 1993,
      lastYear: 1995,
    });
    expect(tables.DatasetChange.map((c) => [c.datasetId, c.kind])).toEqual([
      ['economies', 'first'],
      ['fixture-dots', 'first'],
      ['fixture-wits-kaz', 'first'],
    ]);

    const prisma = createPrismaClient(db.url);
    try {
      const chinaExportShare1995 = await prisma.observation.findMany({
        where: { reporterCode: 'KAZ', partnerCode: 'CHN', flow: 'export', measure: 'share', year: 1995 },
        orderBy: { datasetId: 'asc' },
      });
      expect(chinaExportShare1995.map((o) => [o.datasetId, o.flag])).toEqual([
        ['fixture-dots', 'derived'],
        ['fixture-wits-kaz', null],
      ]);
      expect(chinaExportShare1995[1].value).toBe(5.43);
      expect(chinaExportShare1995[0].value).toBeCloseTo((296.9999999999998 / 5256.6) * 100, 10);
      const estimate = await prisma.observation.findFirst({
        where: { datasetId: 'fixture-dots', partnerCode: 'CHN', measure: 'value', year: 1993 },
      });
      expect(estimate).toMatchObject({ value: 239.12, flag: 'estimate' });
    } finally {
      await prisma.$disconnect();
    }
  });

  it('derives in SQL exactly the shares derive-shares.ts defines, to the last bit', async () => {
    const db = await freshDatabase();
    await loadData({ ...FIXTURES, databaseUrl: db.url });
    const reference = economiesCsvToReference(
      readCsv(ECONOMIES, fs.readFileSync(path.join(FIXTURES_ROOT, ECONOMIES), 'utf8')),
    );
    const file = 'dots/central-asia.csv';
    const table = readCsv(file, fs.readFileSync(path.join(FIXTURES_ROOT, file), 'utf8'));
    const { observations } = rowsToObservations(dotsCsvToRows(table), dotsContext(table.file), reference);
    const flagCode = { derived: 'd', 'derived-from-estimate': 'f' } as Record<string, string>;
    const expected = deriveShares(observations)
      .map((o) => [o.partnerCode, o.flow === 'export' ? 'e' : 'i', o.year, o.value, flagCode[o.flag!]])
      .sort((a, b) => `${a[0]}${a[1]}${a[2]}`.localeCompare(`${b[0]}${b[1]}${b[2]}`));
    const stored = (await db.snapshot()).Observation.filter(
      (o) => o.datasetId === 'fixture-dots' && o.measure === 's',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(stored.map((o) => [o.partnerCode, o.flow, o.year, o.value, o.flag])).toEqual(expected);
  });

  it('writes exactly the rows SQLite gets from the same files, and the same summary', async () => {
    const db = await freshDatabase();
    const reference = await sqlite.fresh(path.join(tmp, 'parity'), 'parity');
    opened.push(reference);
    const here = await loadData({ ...FIXTURES, databaseUrl: db.url });
    const onSqlite = await loadData({ ...FIXTURES, databaseUrl: reference.url });
    expect({ ...here, seconds: 0, revisionSeconds: 0 }).toEqual({
      ...onSqlite,
      seconds: 0,
      revisionSeconds: 0,
    });
    expect(withoutTimes(await db.snapshot())).toEqual(withoutTimes(await reference.snapshot()));
  });

  it('changes nothing when loaded again with the same files', async () => {
    const db = await freshDatabase();
    await loadData({ ...FIXTURES, databaseUrl: db.url });
    const before = await db.snapshot();
    const again = await loadData({ ...FIXTURES, databaseUrl: db.url });
    expect(again.loaded).toEqual([]);
    expect(again.unchanged).toEqual(['wits/kaz.csv', 'dots/central-asia.csv']);
    expect(again.rows).toBe(0);
    expect(again.dataVersion).toBeNull();
    expect(await db.snapshot()).toEqual(before); // loadedAt included
  });

  it('replaces a changed dataset whole and leaves the other dataset untouched', async () => {
    const db = await freshDatabase();
    const root = copyOf(FIXTURES_ROOT);
    const options = { ...FIXTURES, root, databaseUrl: db.url };
    await loadData(options);
    const before = await db.snapshot();

    // The new edition revises China's 2017 export share and no longer lists Russia.
    editFile(root, 'wits/kaz.csv', (text) =>
      text
        .replace('Top 5 Export Partner,,,     11.95,', 'Top 5 Export Partner,,,     12.50,')
        .replace(/^Kazakhstan,Russian Federation,.*\r\n/m, ''),
    );
    const summary = await loadData(options);
    expect(summary.loaded).toEqual(['wits/kaz.csv']);
    expect(summary.unchanged).toEqual(['dots/central-asia.csv']);

    const after = await db.snapshot();
    const wits = (rows: Row[]) => rows.filter((o) => o.datasetId === 'fixture-wits-kaz');
    const dots = (rows: Row[]) => rows.filter((o) => o.datasetId === 'fixture-dots');
    expect(wits(after.Observation).some((o) => o.partnerCode === 'RUS')).toBe(false);
    expect(wits(after.Observation)).toHaveLength(9); // 13 less Russia's four years
    const china2017 = wits(after.Observation).find(
      (o) => o.partnerCode === 'CHN' && o.flow === 'e' && o.year === 2017,
    );
    expect(china2017?.value).toBe(12.5);
    expect(after.Dataset.find((d) => d.id === 'fixture-wits-kaz')).toMatchObject({
      rowCount: 9,
      checksum: sha256(path.join(root, 'wits/kaz.csv')),
    });
    expect(dots(after.Observation)).toEqual(dots(before.Observation));
    expect(after.Dataset.find((d) => d.id === 'fixture-dots')).toEqual(
      before.Dataset.find((d) => d.id === 'fixture-dots'),
    );
    expect(after.Economy).toEqual(before.Economy);
  });

  // Each bad file is refused at its line and column, with the same words on both databases, and nothing changes.
  it.each([
    ['wits/kaz.csv', 'wits/bad-share-over-100.csv', { line: 3, column: '1996' }, /share between 0 and 100/],
    ['wits/kaz.csv', 'wits/bad-conflicting-duplicate.csv', {}, /one value per reporter/],
    [
      'dots/central-asia.csv',
      'dots/bad-conflicting-duplicate.csv',
      { line: 4, column: 'value_usd_millions' },
      /an earlier row gave 296.9999999999998 .* this row gives 297.5/,
    ],
  ])('refuses %s replaced by %s, and leaves the database exactly as it was', async (file, bad, at, words) => {
    const db = await freshDatabase();
    const root = copyOf(FIXTURES_ROOT);
    const options: LoadOptions = { ...FIXTURES, root, databaseUrl: db.url };
    await loadData(options);
    const before = await db.snapshot();
    fs.copyFileSync(path.join(FIXTURES_ROOT, bad), path.join(root, file));
    const error = await failure(loadData(options));
    expect(error.location).toMatchObject({ file, ...at });
    expect(error.message).toMatch(words);
    expect(await db.snapshot()).toEqual(before);
  });

  it('rejects a bad economies file and leaves the database exactly as it was', async () => {
    const db = await freshDatabase();
    const root = copyOf(FIXTURES_ROOT);
    const options = { ...FIXTURES, root, databaseUrl: db.url };
    await loadData(options);
    const before = await db.snapshot();
    fs.copyFileSync(
      path.join(FIXTURES_ROOT, 'economies/bad-conflicting-name.csv'),
      path.join(root, ECONOMIES),
    );
    await expect(loadData(options)).rejects.toMatchObject({
      location: { file: ECONOMIES, line: 3, column: 'name' },
    });
    expect(await db.snapshot()).toEqual(before);
  });

  it('rejects a missing file by name', async () => {
    const db = await freshDatabase();
    const missing = { ...WITS_FIXTURE, file: 'wits/not-there.csv' };
    await expect(loadData({ ...FIXTURES, datasets: [missing], databaseUrl: db.url })).rejects.toMatchObject({
      location: { file: 'wits/not-there.csv' },
      expected: expect.stringMatching(/readable file \(ENOENT\)/),
    });
  });

  it('rolls back every write when one fails inside the transaction', async () => {
    const db = await freshDatabase();
    const root = copyOf(FIXTURES_ROOT);
    const options = { ...FIXTURES, root, databaseUrl: db.url };
    await loadData(options);
    const before = await db.snapshot();

    // Changed economies and a changed WITS file are written first; then a dataset whose reader
    // gives a partner by a code that is no economy.
    editFile(root, ECONOMIES, (text) => `${text}KGZ,Kyrgyzstan,economy,wits,Kyrgyz Republic\n`);
    editFile(root, 'wits/kaz.csv', (text) =>
      text.replace('Top 5 Export Partner,,,     11.95,', 'Top 5 Export Partner,,,     12.50,'),
    );
    const broken: ObservationFile = {
      ...WITS_FIXTURE,
      id: 'fixture-broken',
      file: 'wits/exact-duplicate.csv',
      recordReader: () => (record) => [
        {
          line: record.line,
          column: '2000',
          reporter: { code: 'KAZ' },
          partner: { code: 'XXX' },
          flow: 'export',
          measure: 'share',
          year: 2000,
          value: 1,
          flag: null,
        },
      ],
    };
    await expect(loadData({ ...options, datasets: [...FIXTURES.datasets, broken] })).rejects.toMatchObject({
      location: { file: 'wits/exact-duplicate.csv', line: 2 },
      expected: expect.stringMatching(/unknown code "XXX"/),
    });
    expect(await db.snapshot()).toEqual(before);

    // The same changes without the broken dataset do get written: they were pending, not ignored.
    const retry = await loadData(options);
    expect(retry.loaded).toEqual(['wits/kaz.csv', 'dots/central-asia.csv']);
    expect((await db.snapshot()).Economy.map((e) => e.code)).toContain('KGZ');
  });

  describe('with real IMF DOTS lines', () => {
    const dataset: ObservationFile = { ...datasetFileFor.dots, id: 'dots-lines', file: 'dots.csv' };
    const fixture = (file: string) => fs.readFileSync(path.join(FIXTURES_ROOT, 'dots', file), 'utf8');
    const negatives = fixture('real-lines-with-negatives.csv');

    it('stores the negative residuals of aggregate reporters as published, deriving no share from them', async () => {
      const db = await freshDatabase();
      await loadData({ databaseUrl: db.url, root: rootWith({ 'dots.csv': negatives }), datasets: [dataset] });
      const rows = (await db.snapshot()).Observation;
      const worldToMalaysia = rows.filter((o) => o.reporterCode === 'WLD' && o.partnerCode === 'MYS');
      expect(worldToMalaysia.filter((o) => o.measure === 'v').map((o) => o.value)).toContain(-4.8);
      expect(rows.filter((o) => (o.value as number) < 0 && o.measure === 'v')).toHaveLength(13);
      expect(rows.filter((o) => (o.value as number) < 0 && o.measure === 's')).toEqual([]);
      expect(worldToMalaysia.filter((o) => o.measure === 's')).toEqual([]);
    });

    it('records the IMF fixed-share estimate stretches with the data, and replaces them with a changed file', async () => {
      // Uzbekistan's real lines: the IMF estimated both its flows for 2001–2015 with fixed partner shares.
      const all = zlib
        .gunzipSync(fs.readFileSync('data/imf-dots/dots_all_long.csv.gz'))
        .toString('utf8')
        .split('\n');
      const uzbekistan = [all[0], ...all.filter((line) => line.startsWith('"Uzbekistan, Rep. of",'))];
      const db = await freshDatabase();
      const root = rootWith({ 'dots.csv': `${uzbekistan.join('\n')}\n` });
      const summary = await loadData({ databaseUrl: db.url, root, datasets: [dataset] });
      const stretches = async () => (await db.snapshot()).FixedShareStretch;
      expect(await stretches()).toEqual([
        { datasetId: 'dots-lines', reporterCode: 'UZB', flow: 'e', firstYear: 2001, lastYear: 2015 },
        { datasetId: 'dots-lines', reporterCode: 'UZB', flow: 'i', firstYear: 2001, lastYear: 2015 },
      ]);
      expect(summary.dataVersion).toBe(1);
      // Without the export lines the file changes: the export stretch goes with them, in the same load.
      const importsOnly = uzbekistan.filter((line) => !line.includes(',exports_fob,'));
      fs.writeFileSync(path.join(root, 'dots.csv'), `${importsOnly.join('\n')}\n`);
      await loadData({ databaseUrl: db.url, root, datasets: [dataset], allowShrink: true });
      expect((await stretches()).map((r) => `${r.flow} ${r.firstYear}–${r.lastYear}`)).toEqual([
        'i 2001–2015',
      ]);
    });

    it("rejects a negative value in an economy's own report and leaves the database as it was", async () => {
      const db = await freshDatabase();
      const root = rootWith({ 'dots.csv': negatives });
      await loadData({ databaseUrl: db.url, root, datasets: [dataset] });
      const before = await db.snapshot();
      editFile(root, 'dots.csv', (text) =>
        text.replace(',5926.2680999999984,5926.268099999998,', ',-5926.2680999999984,-5926.268099999998,'),
      );
      await expect(loadData({ databaseUrl: db.url, root, datasets: [dataset] })).rejects.toMatchObject({
        location: { file: 'dots.csv', line: 3, column: 'value_usd_millions' },
        expected: expect.stringMatching(
          /^a value in US\$ million of 0 or more \(found -5926\.268099999998\)/,
        ),
      });
      expect(await db.snapshot()).toEqual(before);
    });

    // Issue 24, item 3: the two published values above their World total (IMF estimates of 2010).
    it('stores the two IMF estimates above their World total as published, and derives no share above 100 from them', async () => {
      const db = await freshDatabase();
      const root = rootWith({ 'dots.csv': fixture('real-lines-partner-above-world.csv') });
      await loadData({ databaseUrl: db.url, root, datasets: [dataset] });
      const rows = (await db.snapshot()).Observation;
      expect(
        rows.filter((o) => o.measure === 'v').map((o) => [o.reporterCode, o.partnerCode, o.value, o.flag]),
      ).toEqual([
        ['CUW', 'MEX', 6.69, 'e'],
        ['CUW', 'WLD', 6.68542, null],
        ['SXM', 'MSR', 0.02, 'e'],
        ['SXM', 'WLD', 0.019389, null],
      ]);
      expect(rows.filter((o) => o.measure === 's')).toEqual([]);
    });

    it('rejects a partner value above its World total that is no estimate, at its line, and changes nothing', async () => {
      const db = await freshDatabase();
      const root = rootWith({ 'dots.csv': negatives });
      await loadData({ databaseUrl: db.url, root, datasets: [dataset] });
      const before = await db.snapshot();
      // Kazakhstan's 1995 exports to China (line 4) raised above its World total of 5256.6 (line 2):
      // a share of 744 % would follow.
      editFile(root, 'dots.csv', (text) =>
        text.replace(',296.99999999999977,296.9999999999998,', ',39123.5,39123.5,'),
      );
      const error = await failure(loadData({ databaseUrl: db.url, root, datasets: [dataset] }));
      expect(error.location).toEqual({ file: 'dots.csv', line: 4, column: 'value_usd_millions' });
      expect(error.expected).toMatch(
        /^a value no larger than the reporter's World total for this flow and year, .* \(found 39123\.5\)/,
      );
      expect(await db.snapshot()).toEqual(before);
    });

    it('rejects a file that ends inside its last line (cut short), at that line', async () => {
      const db = await freshDatabase();
      const cut = negatives.slice(0, negatives.trimEnd().length - 4); // inside the last column, "DOTS_1…"
      const root = rootWith({ 'dots.csv': cut });
      const lines = cut.split('\n').length;
      await expect(loadData({ databaseUrl: db.url, root, datasets: [dataset] })).rejects.toMatchObject({
        location: { file: 'dots.csv', line: lines },
        expected: expect.stringMatching(/^a line break at the end of the file/),
      });
      expect((await db.snapshot()).Observation).toEqual([]);
    });

    it('rejects a gzip file cut short', async () => {
      const db = await freshDatabase();
      const gz = zlib.gzipSync(negatives);
      const gzDataset = { ...dataset, file: 'dots.csv.gz' };
      const root = rootWith({ 'dots.csv.gz': gz.subarray(0, gz.length - 30) });
      await expect(loadData({ databaseUrl: db.url, root, datasets: [gzDataset] })).rejects.toBeInstanceOf(
        IngestError,
      );
      expect((await db.snapshot()).Observation).toEqual([]);
    });
  });

  describe('a reload that would remove most of a dataset (issue 24, item 4)', () => {
    const KAZ_FILE = WITS_KAZ.file;
    const kazText = fs.readFileSync(path.join(process.cwd(), KAZ_FILE));

    it('refuses a header-only WITS file, naming the dataset, the counts and how to force it; forced, it loads', async () => {
      const db = await freshDatabase();
      const root = rootWith({ [KAZ_FILE]: kazText });
      await loadData({ databaseUrl: db.url, root, datasets: [WITS_KAZ] });
      const before = await db.snapshot();
      const stored = before.Dataset.find((d) => d.id === WITS_KAZ.id)!.rowCount as number;
      expect(stored).toBeGreaterThan(500);
      editFile(root, KAZ_FILE, (text) => `${text.split('\r\n')[0]}\r\n`, 'latin1');
      const error = await failure(loadData({ databaseUrl: db.url, root, datasets: [WITS_KAZ] }));
      expect(error.location).toEqual({ file: KAZ_FILE });
      expect(error.expected).toBe(
        `at least half of the ${stored.toLocaleString('en')} values dataset "${WITS_KAZ.id}" holds (this file gives 0, so the load ` +
          `would remove ${stored.toLocaleString('en')}); if the new file is right, force it with npm run db:load -- --allow-shrink ` +
          '(or LOAD_ALLOW_SHRINK=1)',
      );
      expect(await db.snapshot()).toEqual(before);
      const forced = await loadData({ databaseUrl: db.url, root, datasets: [WITS_KAZ], allowShrink: true });
      expect(forced.loaded).toEqual([KAZ_FILE]);
    });

    it('refuses an IMF DOTS file with a tenth of its rows', async () => {
      const db = await freshDatabase();
      const lines = fs
        .readFileSync(path.join(FIXTURES_ROOT, 'dots/real-lines-with-negatives.csv'), 'utf8')
        .split('\n');
      const dataset: ObservationFile = { ...datasetFileFor.dots, id: 'dots-lines', file: 'dots.csv' };
      const root = rootWith({ 'dots.csv': lines.join('\n') });
      await loadData({ databaseUrl: db.url, root, datasets: [dataset] });
      const before = await db.snapshot();
      fs.writeFileSync(path.join(root, 'dots.csv'), `${lines.slice(0, 2).join('\n')}\n`);
      const error = await failure(loadData({ databaseUrl: db.url, root, datasets: [dataset] }));
      expect(error.expected).toMatch(
        /^at least half of the \d+ values dataset "dots-lines" holds \(this file gives 1,/,
      );
      expect(await db.snapshot()).toEqual(before);
    });
  });

  it("WITS: rejects an in-range share that contradicts the same file's US$ value and World total, at its line and column", async () => {
    const db = await freshDatabase();
    const root = rootWith({ [WITS_KAZ.file]: fs.readFileSync(path.join(process.cwd(), WITS_KAZ.file)) });
    // Line 68: China's export share, 13.55 in 2019 (7823.41 of a World total 57723.29): made 31.55.
    editFile(
      root,
      WITS_KAZ.file,
      (text) => text.replace('Top 5 Export Partner,     13.55,', 'Top 5 Export Partner,     31.55,'),
      'latin1',
    );
    const error = await failure(loadData({ databaseUrl: db.url, root, datasets: [WITS_KAZ] }));
    expect(error.location).toEqual({ file: WITS_KAZ.file, line: 68, column: '2019' });
    expect(error.expected).toMatch(
      /^a share that agrees with this file's US\$ values: 7823\.41 ÷ [\d.]+ \(World\) × 100 = 13\.5\d, .* \(found 31\.55\)$/,
    );
    expect((await db.snapshot()).Observation).toEqual([]);
  });

  describe('npm run db:load (lib/ingest/cli.ts)', () => {
    const kazFile = 'data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV';

    it('loads the real data into a fresh database, finds nothing changed, refuses a broken file and a shrink', async () => {
      const db = await freshDatabase();
      const root = copyOfDataWithDotsRows(path.join(tmp, `cli-${name}`), 20_000);
      const datasetCount = listDatasetFiles(root).length;

      const first = await runCli(root, db.url);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        new RegExp(
          `^Done: ${datasetCount} dataset\\(s\\) loaded, [\\d,]+ observations, [\\d,]+ exact duplicates, ` +
            `[\\d,]+ rows skipped; data version 1; 0 unchanged; \\d+\\.\\d s$`,
          'm',
        ),
      );
      const second = await runCli(root, db.url);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(
        new RegExp(`^Done: nothing changed; ${datasetCount} unchanged; \\d+\\.\\d s$`, 'm'),
      );
      const loaded = await db.snapshot();
      expect(loaded.Dataset.map((d) => d.file).sort()).toEqual(
        [...listDatasetFiles(root).map((d) => d.file), 'data/economies.csv'].sort(),
      );

      // Line 68 of the KAZ file is China's export share; its first cell (2019) was 13.55.
      const kaz = fs.readFileSync(path.join(root, kazFile), 'latin1');
      fs.writeFileSync(
        path.join(root, kazFile),
        kaz.replace('Top 5 Export Partner,     13.55,', 'Top 5 Export Partner,    113.55,'),
        'latin1',
      );
      const third = await runCli(root, db.url);
      expect(third.code).toBe(1);
      expect(third.stderr).toContain('Load failed, database unchanged.');
      expect(third.stderr).toContain(`${kazFile}, line 68, column "2019"`);
      expect(third.stderr).toContain('expected: a share between 0 and 100 (found 113.55)');
      expect(await db.snapshot()).toEqual(loaded);

      fs.writeFileSync(path.join(root, kazFile), `${kaz.split('\r\n')[0]}\r\n`, 'latin1'); // a header only
      const shrink = await runCli(root, db.url);
      expect(shrink.code).toBe(1);
      expect(shrink.stderr).toMatch(
        /expected: at least half of the [\d,]+ values dataset "wits-KAZ" holds \(this file gives 0/,
      );
      expect(await db.snapshot()).toEqual(loaded);
      const forced = await runCli(root, db.url, ['--allow-shrink']);
      expect(forced.code).toBe(0);
      expect(forced.stdout).toMatch(/^Done: 1 dataset\(s\) loaded/m);
    }, 240_000);

    // Issue 24, item 8: two loads at once; the second says so at once, and the first is not disturbed.
    it('runs one load at a time: a second load started during the first is refused at once, plainly', async () => {
      const db = await freshDatabase();
      const root = copyOfDataWithDotsRows(path.join(tmp, `two-${name}`), 200_000);
      const first = spawn(TSX, [CLI], { cwd: root, env: { ...process.env, DATABASE_URL: db.url } });
      let firstOutput = '';
      first.stdout.on('data', (chunk) => (firstOutput += chunk));
      first.stderr.on('data', (chunk) => (firstOutput += chunk));
      const firstExit = new Promise<number | null>((resolve) => first.on('exit', resolve));
      while (!/^Loading data/m.test(firstOutput)) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // the first has its lock and is writing
      const second = await runCli(root, db.url);
      const firstCode = await firstExit;
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(
        /^Load refused, database unchanged: another load is running \(pid \d+ since \d{4}-\d\d-\d\dT[\d:.]+Z\); wait for it to finish/m,
      );
      // tsx's start-up takes most of that; the refusal itself does not wait for the first load.
      expect(second.seconds).toBeLessThan(10);
      expect(firstCode, firstOutput).toBe(0);
      const tables = await db.snapshot();
      expect(tables.DataVersion).toHaveLength(1);
      expect(new Set(tables.DatasetChange.map((c) => c.kind))).toEqual(new Set(['first']));
    }, 240_000);
  });

  // The loader runs as its own process (npm run db:load), as beside a running server.
  it('a reader during a reload sees the old data or the new, never a mix', async () => {
    const db = await freshDatabase();
    const root = copyOfDataWithDotsRows(path.join(tmp, `reader-${name}`), 200_000);
    await loadData({ databaseUrl: db.url, root });
    const before = await db.readDots();
    // A new edition of the IMF file without its last 2,000 rows.
    writeDotsRows(root, 198_000);
    const loader = execFile(TSX, [CLI], { cwd: root, env: { ...process.env, DATABASE_URL: db.url } });
    const exited = new Promise<number | null>((resolve) => loader.on('exit', resolve));
    let running = true;
    void exited.then(() => (running = false));
    const seen: string[] = [];
    while (running) {
      seen.push(await db.readDots());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await exited).toBe(0);
    const after = await db.readDots();
    expect(after).not.toBe(before);
    expect(seen.length).toBeGreaterThan(10); // the reader really ran while the load was writing
    expect(seen.filter((state) => state !== before && state !== after)).toEqual([]);
  }, 600_000); // the machine is shared: loads have taken several times their usual time
});
