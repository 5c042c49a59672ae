import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma's CLI is used only for `generate`; migrations are applied by prisma/migrate.ts
// (the native schema engine cannot be downloaded on our machines, see docs/database.md).
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data.db' },
});
