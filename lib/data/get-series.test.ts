import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll } from 'vitest';
import { migrate } from '../../prisma/migrate';
import {
  seriesGapsTests,
  writeSeriesGapsData,
  type SeriesGapsContext,
} from '../../tests/fixtures/series-gaps/series-gaps';
import { loadData } from '../ingest/load';

// Gap reasons of a series read on SQLite (the cases: tests/fixtures/series-gaps).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'get-series-test-'));
const databaseFile = path.join(tmp, 'test.db');
const databaseUrl = `file:${databaseFile}`;
let context: SeriesGapsContext;

beforeAll(async () => {
  const datasets = writeSeriesGapsData(tmp);
  await migrate(databaseUrl);
  await loadData({ databaseUrl, root: tmp, economiesFile: 'economies.csv', datasets });
  process.env.DATABASE_URL = databaseUrl;
  context = {
    getSeries: (await import('./get-series')).getSeries,
    storedYears: async (source, measure) => {
      const db = new Database(databaseFile, { readonly: true });
      try {
        const years = db
          .prepare(
            `SELECT DISTINCT o."flow" || '|' || o."year" FROM "Observation" o JOIN "Dataset" d ON d."id" = o."datasetId"
             WHERE d."source" = ? AND o."reporterCode" = 'KAZ' AND o."measure" = ?`,
          )
          .pluck()
          .all(source, measure.charAt(0)) as string[];
        return new Set(years);
      } finally {
        db.close();
      }
    },
  };
});

afterAll(async () => {
  const { prisma } = await import('../database/db');
  await prisma.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

seriesGapsTests(() => context);
