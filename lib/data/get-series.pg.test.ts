import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migrate } from '../../prisma/migrate';
import {
  seriesGapsTests,
  writeSeriesGapsData,
  type SeriesGapsContext,
} from '../../tests/fixtures/series-gaps/series-gaps';
import {
  createTestDatabase,
  describePostgres,
  type TestDatabase,
} from '../../tests/postgres/pg-test-database';
import { loadData } from '../ingest/load';

// Gap reasons of a series read on PostgreSQL: the same cases as on SQLite (tests/fixtures/series-gaps).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'get-series-pg-test-'));
let database: TestDatabase;
let context: SeriesGapsContext;

describePostgres('a series read on PostgreSQL', () => {
  beforeAll(async () => {
    database = await createTestDatabase('series');
    const datasets = writeSeriesGapsData(tmp);
    await migrate(database.url);
    await loadData({ databaseUrl: database.url, root: tmp, economiesFile: 'economies.csv', datasets });
    process.env.DATABASE_URL = database.url;
    context = {
      getSeries: (await import('./get-series')).getSeries,
      storedYears: async (source, measure) => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ key: string }>(
            `SELECT DISTINCT o."flow"::text || '|' || o."year" AS key FROM "Observation" o
             JOIN "Dataset" d ON d."id" = o."datasetId"
             WHERE d."source" = $1 AND o."reporterCode" = 'KAZ' AND o."measure"::text = $2`,
            [source, measure.charAt(0)],
          );
          return new Set(rows.map((r) => r.key));
        } finally {
          await client.end();
        }
      },
    };
  });

  afterAll(async () => {
    const { prisma } = await import('../database/db');
    await prisma.$disconnect();
    await database?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  seriesGapsTests(() => context);
});
