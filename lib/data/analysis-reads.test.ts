import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import { ANALYSIS_DEFAULTS } from '../view-state/analysis-state';
import { PrismaClient } from '../generated/prisma/client';
import { datasetFileFor } from '../ingest/dataset-files';
import { FIXTURES_ROOT } from '../ingest/fixtures/fixture-helpers';
import { loadData } from '../ingest/load';

// The analysis pages' reads that every page makes: the reporter picker's list and the mirror's
// "does this economy report at all", on the fixtures (Kazakhstan's WITS file, IMF DOTS with
// Kazakhstan as the only reporter).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'analysis-reads-test-'));
const file = path.join(tmp, 'test.db');
let statements = 0;
let client: PrismaClient;

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${file}`; // the data version probe opens it on first use
  await migrate(`file:${file}`);
  await loadData({
    databaseUrl: `file:${file}`,
    root: FIXTURES_ROOT,
    economiesFile: 'economies.csv',
    datasets: [
      {
        ...datasetFileFor.wits('en_KAZ_AllYears_WITS_Trade_Summary.CSV'),
        file: 'wits/kaz.csv',
        reporterAlias: undefined,
      },
      { ...datasetFileFor.dots, file: 'dots/central-asia.csv' },
    ],
  });
  client = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: `file:${file}` }),
    log: [{ emit: 'event', level: 'query' }],
  });
  (client as unknown as { $on(event: 'query', listener: () => void): void }).$on('query', () => {
    statements += 1;
  });
  // lib/database/db.ts takes the client kept on globalThis, so lib/data reads through this counting one.
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
});

afterAll(async () => {
  await client.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('getReporters', () => {
  it('lists the economies some file has figures reported by, by name, once per data version', async () => {
    const { getReporters } = await import('./get-reporters');
    const { withDataVersion } = await import('./cached-by-version');
    const db = new Database(file, { readonly: true });
    const expected = db
      .prepare(
        `SELECT e.code, e.name FROM "Economy" e WHERE e.kind = 'economy'
           AND e.code IN (SELECT DISTINCT "reporterCode" FROM "ReporterPartner") ORDER BY e.name`,
      )
      .all();
    db.close();
    expect(expected).toEqual([{ code: 'KAZ', name: 'Kazakhstan' }]);
    await withDataVersion(async () => {
      expect(await getReporters()).toEqual(expected);
      const before = statements;
      expect(await getReporters()).toEqual(expected); // the next page's picker: no query
      expect(statements).toBe(before);
    });
  });
});

describe('getMirror', () => {
  it('says which side reports nothing at all, and which only lacks a year', async () => {
    const { getMirror } = await import('./get-mirror');
    const reasons = (pairs: Awaited<ReturnType<typeof getMirror>>['pairs']) =>
      new Set(pairs.flatMap((pair) => pair.rows.map((row) => row.reason)).filter((r) => r !== null));
    const kaz = reasons((await getMirror({ ...ANALYSIS_DEFAULTS.mirror, partners: ['CHN'] })).pairs);
    expect(
      [...kaz].every((reason) => reason.includes('IMF DOTS as loaded holds no figures reported by China')),
    ).toBe(true);
    const china = reasons(
      (await getMirror({ ...ANALYSIS_DEFAULTS.mirror, reporter: 'CHN', partners: ['KAZ'] })).pairs,
    );
    expect(china.size).toBeGreaterThan(0);
    for (const reason of china) {
      expect(reason).toMatch(/^IMF DOTS as loaded holds no figures reported by China/);
      expect(reason).not.toContain('reported by Kazakhstan');
    }
  });
});
