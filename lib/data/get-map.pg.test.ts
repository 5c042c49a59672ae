import { afterAll, beforeAll } from 'vitest';
import { migrate } from '../../prisma/migrate';
import { loadMapShares, mapSharesTests } from '../../tests/integration/map-shares';
import {
  createTestDatabase,
  describePostgres,
  type TestDatabase,
} from '../../tests/postgres/pg-test-database';

// The map's shares read on PostgreSQL as Prisma reads them (tests/integration/map-shares.ts).
let database: TestDatabase;

describePostgres('the map read on PostgreSQL', () => {
  beforeAll(async () => {
    database = await createTestDatabase('map');
    await migrate(database.url);
    await loadMapShares(database.url);
    process.env.DATABASE_URL = database.url; // lib/database/db.ts opens it
  });

  afterAll(async () => {
    const { prisma } = await import('../database/db');
    await prisma.$disconnect();
    await database?.drop();
  });

  mapSharesTests(() => database.url);
});
