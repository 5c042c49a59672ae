// DATABASE_REPLICA_URLS: the server's reads go to a replica, its writes to the primary. The replica
// here is a second database holding different data, so which one answered is plain to see.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import {
  createTestDatabase,
  describePostgres,
  type TestDatabase,
} from '../../tests/postgres/pg-test-database';
import { datasetFileFor, type ObservationFile } from '../ingest/dataset-files';
import { FIXTURES_ROOT } from '../ingest/fixtures/fixture-helpers';
import { loadData } from '../ingest/load';
import { createPrismaClient } from '../database/prisma-client';

const WITS: ObservationFile = {
  ...datasetFileFor.wits('en_KAZ_AllYears_WITS_Trade_Summary.CSV'),
  id: 'fixture-wits-kaz',
  file: 'wits/kaz.csv',
  reporterAlias: undefined,
};
const DOTS: ObservationFile = { ...datasetFileFor.dots, id: 'fixture-dots', file: 'dots/central-asia.csv' };

let primary: TestDatabase;
let replica: TestDatabase;

async function load(url: string, datasets: ObservationFile[]) {
  await migrate(url);
  await loadData({ databaseUrl: url, root: FIXTURES_ROOT, datasets, economiesFile: 'economies.csv' });
}

async function sql(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const latestVersion = async (url: string) =>
  Number((await sql(url, 'SELECT coalesce(max(id), 0) AS v FROM "DataVersion"'))[0].v);

async function sharedViewIds(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ id: string }>('SELECT id FROM "SharedView" ORDER BY id')).rows.map(
      (r) => r.id,
    );
  } finally {
    await client.end();
  }
}

describePostgres('a server with DATABASE_REPLICA_URLS', () => {
  beforeAll(async () => {
    primary = await createTestDatabase('primary');
    replica = await createTestDatabase('replica');
    await load(primary.url, [WITS, DOTS]);
    await load(replica.url, [DOTS]); // a replica that holds less than the primary
    // …at the primary's data version, else the server would not read from it (docs/deploy.md)
    const versions = await Promise.all([primary.url, replica.url].map(latestVersion));
    await sql(replica.url, `INSERT INTO "DataVersion" (id, files) VALUES ($1, '[]') ON CONFLICT DO NOTHING`, [
      Math.max(...versions),
    ]);
    // lib/database/db.ts reads both variables when first imported.
    process.env.DATABASE_URL = primary.url;
    process.env.DATABASE_REPLICA_URLS = ` ${replica.url} `;
    // Until the probe's first poll has seen the replicas, reads go to the primary.
    await (await import('../database/data-version-probe')).dataVersionProbe().ready();
  });

  afterAll(async () => {
    const { prisma } = await import('../database/db');
    await prisma.$disconnect();
    delete process.env.DATABASE_REPLICA_URLS;
    await Promise.all([primary?.drop(), replica?.drop()]);
  });

  it('reads from the replica', async () => {
    const { getDatasets } = await import('./get-datasets');
    expect((await getDatasets()).map((d) => d.id)).toEqual(['economies', 'fixture-dots']);
  });

  it('saves a short link on the primary only, and opens it before the replica has it', async () => {
    const { getSharedView, saveSharedView } = await import('./shared-views');
    const query = 'partners=CHN%2CAUS&from=1996';
    const { id } = await saveSharedView(query);
    expect(await sharedViewIds(primary.url)).toContain(id);
    expect(await sharedViewIds(replica.url)).not.toContain(id);
    expect(await getSharedView(id)).toBe(query);
  });
});

describe('DATABASE_REPLICA_URLS beside SQLite', () => {
  it('is refused: a SQLite file has no replicas', () => {
    expect(() =>
      createPrismaClient('file:./never-opened.db', { replicaUrls: ['postgres://r1/trade'] }),
    ).toThrow(/DATABASE_REPLICA_URLS needs a postgres:\/\/ DATABASE_URL/);
  });
});
