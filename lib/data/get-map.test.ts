import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { migrate } from '../../prisma/migrate';
import { loadMapShares, mapSharesTests } from '../../tests/integration/map-shares';

// The map's shares read on SQLite as Prisma reads them (tests/integration/map-shares.ts; PostgreSQL: .pg.test).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'get-map-test-'));
const url = `file:${path.join(tmp, 'test.db')}`;

describe('the map read on SQLite', () => {
  beforeAll(async () => {
    await migrate(url);
    await loadMapShares(url);
    process.env.DATABASE_URL = url; // lib/database/db.ts opens it
  });

  afterAll(async () => {
    const { prisma } = await import('../database/db');
    await prisma.$disconnect();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  mapSharesTests(() => url);
});
