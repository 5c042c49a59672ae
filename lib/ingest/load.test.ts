import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import { createPrismaClient, type PrismaClient } from '../database/prisma-client';
import { datasetFileFor, listDatasetFiles, type ObservationFile } from './dataset-files';
import { FIXTURES_ROOT } from './fixtures/fixture-helpers';
import { copyOfDataWithDotsRows, writeDotsRows } from './fixtures/data-copy';
import { deriveShares } from './derive-shares';
import { dotsCsvToRows } from './dots-csv-to-rows';
import { economiesCsvToReference } from './economies-csv-to-reference';
import { dotsContext } from './fixtures/fixture-helpers';
import { IngestError } from './ingest-error';
import { readCsv } from './read-csv';
import { rowsToObservations } from './rows-to-observations';
import { loadData } from './load';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

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
const FIXTURE_DATASETS = [WITS_FIXTURE, DOTS_FIXTURE];
const ECONOMIES = 'economies.csv';

let counter = 0;
const clients: PrismaClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});

async function freshDatabase(): Promise<{ file: string; prisma: PrismaClient; databaseUrl: string }> {
  counter += 1;
  const file = path.join(tmp, `db-${counter}`, 'test.db');
  await migrate(`file:${file}`);
  const prisma = createPrismaClient(`file:${file}`);
  clients.push(prisma);
  return { file, prisma, databaseUrl: `file:${file}` };
}

// A copy of data/ whose IMF DOTS file holds only its first `rows` rows (the whole world takes
// most of a minute to load; these tests are about the command and the transaction, not the size).
// A writable copy of the fixtures, for tests that change a file between loads.
function copyOfFixtures(): string {
  counter += 1;
  const root = path.join(tmp, `fixtures-${counter}`);
  fs.cpSync(FIXTURES_ROOT, root, { recursive: true });
  return root;
}

function editFile(root: string, file: string, edit: (text: string) => string) {
  const full = path.join(root, file);
  const before = fs.readFileSync(full, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before); // the edit must really change the file
  fs.writeFileSync(full, after);
}

// Rows read back with raw SQL, so that the check does not go through the Prisma client under test.
type Row = Record<string, unknown>;

// Every row of every table the loader writes, read with a separate connection, in a stable order.
function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      Dataset: db.prepare('SELECT * FROM "Dataset" ORDER BY id').all() as Row[],
      Observation: db
        .prepare(
          'SELECT * FROM "Observation" ORDER BY datasetId, reporterCode, partnerCode, flow, measure, year',
        )
        .all() as Row[],
      Economy: db.prepare('SELECT * FROM "Economy" ORDER BY code').all() as Row[],
      EconomyAlias: db.prepare('SELECT * FROM "EconomyAlias" ORDER BY source, alias').all() as Row[],
      ReporterPartner: db.prepare('SELECT * FROM "ReporterPartner" ORDER BY 1, 2, 3').all() as Row[],
      DataVersion: db.prepare('SELECT * FROM "DataVersion" ORDER BY id').all() as Row[],
      Annotation: db.prepare('SELECT * FROM "Annotation" ORDER BY id').all() as Row[],
      Claim: db.prepare('SELECT * FROM "Claim" ORDER BY id').all() as Row[],
    };
  } finally {
    db.close();
  }
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('loadData with the fixtures', () => {
  it('loads the good set: economies, both datasets, their observations and derived shares', async () => {
    const { file, prisma, databaseUrl } = await freshDatabase();
    const summary = await loadData({
      databaseUrl,
      root: FIXTURES_ROOT,
      datasets: FIXTURE_DATASETS,
      economiesFile: ECONOMIES,
    });

    // wits/kaz.csv: 13 non-empty cells in the rows used; dots: 7 distinct values + 4 derived export shares.
    expect(summary.loaded).toEqual(['wits/kaz.csv', 'dots/central-asia.csv']);
    expect(summary.unchanged).toEqual([]);
    expect(summary.rows).toBe(24);

    const db = snapshot(file);
    expect(db.Economy.map((e) => e.code)).toEqual(['AUS', 'CHN', 'KAZ', 'RUS', 'WLD']);
    expect(db.EconomyAlias).toHaveLength(9);
    expect(db.Dataset.map((d) => [d.id, d.file, d.rowCount, d.checksum])).toEqual([
      ['economies', 'economies.csv', 9, sha256(path.join(FIXTURES_ROOT, 'economies.csv'))],
      [
        'fixture-dots',
        'dots/central-asia.csv',
        11,
        sha256(path.join(FIXTURES_ROOT, 'dots/central-asia.csv')),
      ],
      ['fixture-wits-kaz', 'wits/kaz.csv', 13, sha256(path.join(FIXTURES_ROOT, 'wits/kaz.csv'))],
    ]);
    expect(db.Dataset.find((d) => d.id === 'fixture-wits-kaz')).toMatchObject({
      source: 'wits',
      publisher: WITS_KAZ.publisher,
      url: WITS_KAZ.url,
    });

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
  });

  it('derives in SQL exactly the shares derive-shares.ts defines, to the last bit', async () => {
    const { prisma, databaseUrl } = await freshDatabase();
    await loadData({
      databaseUrl,
      root: FIXTURES_ROOT,
      datasets: FIXTURE_DATASETS,
      economiesFile: ECONOMIES,
    });
    const reference = economiesCsvToReference(
      readCsv(ECONOMIES, fs.readFileSync(path.join(FIXTURES_ROOT, ECONOMIES), 'utf8')),
    );
    const table = readCsv(
      'dots/central-asia.csv',
      fs.readFileSync(path.join(FIXTURES_ROOT, 'dots/central-asia.csv'), 'utf8'),
    );
    const { observations } = rowsToObservations(dotsCsvToRows(table), dotsContext(table.file), reference);
    const expected = deriveShares(observations).map((o) => [o.partnerCode, o.flow, o.year, o.value, o.flag]);

    const stored = await prisma.observation.findMany({
      where: { datasetId: 'fixture-dots', measure: 'share' },
      orderBy: [{ partnerCode: 'asc' }, { flow: 'asc' }, { year: 'asc' }],
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(
      stored.map((o) => [
        o.partnerCode,
        o.flow,
        o.year,
        o.value,
        o.flag === 'derived_from_estimate' ? 'derived-from-estimate' : o.flag,
      ]),
    ).toEqual(
      [...expected].sort(
        (a, b) =>
          String(a[0]).localeCompare(String(b[0])) ||
          String(a[1]).localeCompare(String(b[1])) ||
          Number(a[2]) - Number(b[2]),
      ),
    );
  });

  it('changes nothing when loaded again with the same files', async () => {
    const { file, databaseUrl } = await freshDatabase();
    const options = {
      databaseUrl,
      root: FIXTURES_ROOT,
      datasets: FIXTURE_DATASETS,
      economiesFile: ECONOMIES,
    };
    await loadData(options);
    const before = snapshot(file);

    const again = await loadData(options);
    expect(again.loaded).toEqual([]);
    expect(again.unchanged).toEqual(['wits/kaz.csv', 'dots/central-asia.csv']);
    expect(again.rows).toBe(0);
    expect(snapshot(file)).toEqual(before); // loadedAt included
  });

  it('replaces a changed dataset whole and leaves the other dataset untouched', async () => {
    const { file, databaseUrl } = await freshDatabase();
    const root = copyOfFixtures();
    const options = { databaseUrl, root, datasets: FIXTURE_DATASETS, economiesFile: ECONOMIES };
    await loadData(options);
    const before = snapshot(file);

    // The new edition revises China's 2017 export share and no longer lists Russia.
    editFile(root, 'wits/kaz.csv', (text) =>
      text
        .replace('Top 5 Export Partner,,,     11.95,', 'Top 5 Export Partner,,,     12.50,')
        .replace(/^Kazakhstan,Russian Federation,.*\r\n/m, ''),
    );
    const summary = await loadData(options);
    expect(summary.loaded).toEqual(['wits/kaz.csv']);
    expect(summary.unchanged).toEqual(['dots/central-asia.csv']);

    const after = snapshot(file);
    const wits = (rows: Row[]) => rows.filter((o) => o.datasetId === 'fixture-wits-kaz');
    const dots = (rows: Row[]) => rows.filter((o) => o.datasetId === 'fixture-dots');
    expect(wits(after.Observation).some((o) => o.partnerCode === 'RUS')).toBe(false);
    expect(wits(after.Observation)).toHaveLength(9); // 13 less Russia's four years
    expect(
      wits(after.Observation).find((o) => o.partnerCode === 'CHN' && o.flow === 'e' && o.year === 2017)
        ?.value,
    ).toBe(12.5);
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

  it('rejects a bad file with its location, and leaves the database exactly as it was', async () => {
    const { file, databaseUrl } = await freshDatabase();
    const root = copyOfFixtures();
    const options = { databaseUrl, root, datasets: FIXTURE_DATASETS, economiesFile: ECONOMIES };
    await loadData(options);
    const before = snapshot(file);

    // A new edition of the WITS file with a share of 107.78 % on line 3.
    fs.copyFileSync(path.join(FIXTURES_ROOT, 'wits/bad-share-over-100.csv'), path.join(root, 'wits/kaz.csv'));
    const failure = loadData(options);
    await expect(failure).rejects.toBeInstanceOf(IngestError);
    await expect(failure).rejects.toMatchObject({
      location: { file: 'wits/kaz.csv', line: 3, column: '1996' },
    });
    await expect(failure).rejects.toThrow(/share between 0 and 100/);
    expect(snapshot(file)).toEqual(before);
  });

  it('counts an exact duplicate row and rejects a conflicting one at its line, in the database', async () => {
    const { file, databaseUrl } = await freshDatabase();
    const options = { databaseUrl, root: FIXTURES_ROOT, economiesFile: ECONOMIES };
    // dots/central-asia.csv lists Australia 1995 twice with the same value (lines 2 and 3).
    const summary = await loadData({ ...options, datasets: [DOTS_FIXTURE] });
    expect(summary.exactDuplicates).toBe(1);
    const before = snapshot(file);

    // Line 4 gives China 1995 again, 297.5 where line 2 gave 296.9999999999998.
    const conflicting = { ...DOTS_FIXTURE, file: 'dots/bad-conflicting-duplicate.csv' };
    const failure = loadData({ ...options, datasets: [conflicting] });
    await expect(failure).rejects.toMatchObject({
      location: { file: 'dots/bad-conflicting-duplicate.csv', line: 4, column: 'value_usd_millions' },
    });
    await expect(failure).rejects.toThrow(/an earlier row gave 296.9999999999998 .* this row gives 297.5/);
    expect(snapshot(file)).toEqual(before);
  });

  it('rejects a bad economies file and leaves the database exactly as it was', async () => {
    const { file, databaseUrl } = await freshDatabase();
    const root = copyOfFixtures();
    const options = { databaseUrl, root, datasets: FIXTURE_DATASETS, economiesFile: ECONOMIES };
    await loadData(options);
    const before = snapshot(file);

    fs.copyFileSync(
      path.join(FIXTURES_ROOT, 'economies/bad-conflicting-name.csv'),
      path.join(root, ECONOMIES),
    );
    await expect(loadData(options)).rejects.toMatchObject({
      location: { file: ECONOMIES, line: 3, column: 'name' },
    });
    expect(snapshot(file)).toEqual(before);
  });

  it('rejects a missing file by name', async () => {
    const { databaseUrl } = await freshDatabase();
    const missing = { ...WITS_FIXTURE, file: 'wits/not-there.csv' };
    await expect(
      loadData({ databaseUrl, root: FIXTURES_ROOT, datasets: [missing], economiesFile: ECONOMIES }),
    ).rejects.toMatchObject({
      location: { file: 'wits/not-there.csv' },
      expected: expect.stringMatching(/readable file \(ENOENT\)/),
    });
  });

  it('rolls back every write when one fails inside the transaction', async () => {
    const { file, databaseUrl } = await freshDatabase();
    const root = copyOfFixtures();
    await loadData({ databaseUrl, root, datasets: FIXTURE_DATASETS, economiesFile: ECONOMIES });
    const before = snapshot(file);

    // Changed economies and a changed WITS file are written first; then a dataset whose transform
    // produces a partner code that is not an Economy, so its insert fails on the foreign key.
    editFile(root, ECONOMIES, (text) => `${text}KGZ,Kyrgyzstan,economy,wits,Kyrgyz Republic\n`);
    editFile(root, 'wits/kaz.csv', (text) =>
      text.replace('Top 5 Export Partner,,,     11.95,', 'Top 5 Export Partner,,,     12.50,'),
    );
    // Its reader gives a partner by a code that is no economy: the error comes after the first two
    // datasets were written inside the transaction.
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
    await expect(
      loadData({ databaseUrl, root, datasets: [...FIXTURE_DATASETS, broken], economiesFile: ECONOMIES }),
    ).rejects.toMatchObject({
      location: { file: 'wits/exact-duplicate.csv', line: 2 },
      expected: expect.stringMatching(/unknown code "XXX"/),
    });
    expect(snapshot(file)).toEqual(before);

    // The same changes without the broken dataset do get written: they were pending, not ignored.
    const retry = await loadData({ databaseUrl, root, datasets: FIXTURE_DATASETS, economiesFile: ECONOMIES });
    expect(retry.loaded).toEqual(['wits/kaz.csv', 'dots/central-asia.csv']);
    expect(snapshot(file).Economy.map((e) => e.code)).toContain('KGZ');
  });
});

describe('loadData with real IMF DOTS lines', () => {
  // Real lines of the DOTS file (fixtures/dots/real-lines-with-negatives.csv), with the real
  // data/economies.csv: the 13 negative values of the file, all from aggregate reporters.
  function rootWithDotsLines(text: string): string {
    counter += 1;
    const root = path.join(tmp, `dots-lines-${counter}`);
    fs.mkdirSync(path.join(root, 'data'), { recursive: true });
    for (const file of ['data/economies.csv', 'data/economy-codes-outside-iso.csv'])
      fs.copyFileSync(path.join(process.cwd(), file), path.join(root, file));
    fs.writeFileSync(path.join(root, 'dots.csv'), text);
    return root;
  }
  const lines = fs.readFileSync(path.join(FIXTURES_ROOT, 'dots/real-lines-with-negatives.csv'), 'utf8');
  const dataset: ObservationFile = { ...datasetFileFor.dots, id: 'dots-lines', file: 'dots.csv' };

  it('stores the negative residuals of aggregate reporters as published, deriving no share from them', async () => {
    const { file, databaseUrl } = await freshDatabase();
    await loadData({ databaseUrl, root: rootWithDotsLines(lines), datasets: [dataset] });
    const rows = snapshot(file).Observation;
    const worldToMalaysia = rows.filter((o) => o.reporterCode === 'WLD' && o.partnerCode === 'MYS');
    expect(worldToMalaysia.filter((o) => o.measure === 'v').map((o) => o.value)).toContain(-4.8);
    expect(rows.filter((o) => (o.value as number) < 0 && o.measure === 'v')).toHaveLength(13);
    expect(rows.filter((o) => (o.value as number) < 0 && o.measure === 's')).toEqual([]);
    // The World's 1960 exports to the World are there, so a share could have been derived: none was.
    expect(worldToMalaysia.filter((o) => o.measure === 's')).toEqual([]);
  });

  it("rejects a negative value in an economy's own report and leaves the database as it was", async () => {
    const { file, databaseUrl } = await freshDatabase();
    const root = rootWithDotsLines(lines);
    await loadData({ databaseUrl, root, datasets: [dataset] });
    const before = snapshot(file);
    editFile(root, 'dots.csv', (text) =>
      text.replace(',5926.2680999999984,5926.268099999998,', ',-5926.2680999999984,-5926.268099999998,'),
    );
    await expect(loadData({ databaseUrl, root, datasets: [dataset] })).rejects.toMatchObject({
      location: { file: 'dots.csv', line: 3, column: 'value_usd_millions' },
      expected: expect.stringMatching(/^a value in US\$ million of 0 or more \(found -5926\.268099999998\)/),
    });
    expect(snapshot(file)).toEqual(before);
  });
});

describe('npm run db:load (lib/ingest/cli.ts)', () => {
  const repo = process.cwd();
  const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
  const cli = path.join(repo, 'lib', 'ingest', 'cli.ts');
  const kazFile = 'data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV';

  // The CLI loads data/ relative to its working directory, so it runs in a copy of data/ that the
  // test can break.
  async function runCli(cwd: string, databaseFile: string) {
    try {
      const { stdout, stderr } = await promisify(execFile)(tsx, [cli], {
        cwd,
        env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('loads the real data into a fresh database, then finds nothing changed, then refuses a broken file', async () => {
    const root = copyOfDataWithDotsRows(path.join(tmp, 'cli'), 20_000);
    const datasetCount = listDatasetFiles(root).length;
    const databaseFile = path.join(root, 'cli.db');
    await migrate(`file:${databaseFile}`);

    const first = await runCli(root, databaseFile);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(
        `^Done: ${datasetCount} dataset\\(s\\) loaded, [\\d,]+ observations, [\\d,]+ exact duplicates, [\\d,]+ rows skipped; data version 1; 0 unchanged; \\d+\\.\\d s$`,
        'm',
      ),
    );

    const second = await runCli(root, databaseFile);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      new RegExp(`^Done: nothing changed; ${datasetCount} unchanged; \\d+\\.\\d s$`, 'm'),
    );
    const loaded = snapshot(databaseFile);
    expect(loaded.Observation.length).toBeGreaterThan(0);
    expect(loaded.Dataset.map((d) => d.file).sort()).toEqual(
      [...listDatasetFiles(root).map((d) => d.file), 'data/economies.csv'].sort(),
    );

    // Line 68 of the KAZ file is China's export share; its first cell (2019) was 13.55.
    editFile(root, kazFile, (text) =>
      text.replace('Top 5 Export Partner,     13.55,', 'Top 5 Export Partner,    113.55,'),
    );
    const third = await runCli(root, databaseFile);
    expect(third.code).toBe(1);
    expect(third.stderr).toContain('Load failed, database unchanged.');
    expect(third.stderr).toContain(`${kazFile}, line 68, column "2019"`);
    expect(third.stderr).toContain('expected: a share between 0 and 100 (found 113.55)');
    expect(snapshot(databaseFile)).toEqual(loaded);
  }, 120_000);
});

describe('a reader during a reload', () => {
  // What a page would read about the IMF dataset, in one read transaction on its own connection.
  function readDots(db: Database.Database) {
    return db.transaction(() => {
      const dataset = db.prepare(`SELECT checksum FROM "Dataset" WHERE id = 'dots'`).get() as {
        checksum: string;
      };
      const rows = db
        .prepare(`SELECT count(*) AS n, sum(value) AS total FROM "Observation" WHERE datasetId = 'dots'`)
        .get() as { n: number; total: number };
      return `${dataset.checksum}|${rows.n}|${rows.total.toFixed(6)}`;
    })();
  }

  // The loader runs as its own process (npm run db:load), as beside a running server.
  it('sees the old data or the new, never a mix', async () => {
    const { file, databaseUrl } = await freshDatabase();
    const root = copyOfDataWithDotsRows(path.join(tmp, 'reader'), 300_000);
    await loadData({ databaseUrl, root });
    const reader = new Database(file, { readonly: true });
    try {
      const before = readDots(reader);
      // A new edition of the IMF file without its last 2,000 rows.
      writeDotsRows(root, 298_000);

      const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
      const loader = execFile(tsx, [path.join(process.cwd(), 'lib', 'ingest', 'cli.ts')], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: `file:${file}` },
      });
      const exited = new Promise<number | null>((resolve) => loader.on('exit', resolve));
      let running = true;
      void exited.then(() => (running = false));
      const seen: string[] = [];
      while (running) {
        seen.push(readDots(reader));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await exited).toBe(0);
      const after = readDots(reader);

      expect(after).not.toBe(before);
      expect(seen.length).toBeGreaterThan(10); // the reader really ran while the load was writing
      expect(seen.filter((state) => state !== before && state !== after)).toEqual([]);
    } finally {
      reader.close();
    }
  }, 120_000);
});
