// prisma/postgres/schema.prisma is written from prisma/schema.prisma, the one schema source: Prisma
// allows one provider per schema, and a client generated for SQLite refuses the PostgreSQL adapter.
// Run by `npm run db:generate`; `npm run db:check` fails when the committed file differs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAsScript } from '../run-as-script';

const prismaDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const SQLITE_SCHEMA_PATH = path.join(prismaDir, 'schema.prisma');
export const POSTGRES_SCHEMA_PATH = path.join(prismaDir, 'postgres', 'schema.prisma');
export const POSTGRES_MIGRATIONS_DIR = path.join(prismaDir, 'postgres', 'migrations');

const HEADER = `// GENERATED from prisma/schema.prisma by prisma/postgres/postgres-schema.ts (npm run db:generate).
// Do not edit: change prisma/schema.prisma, then npm run db:generate and npm run db:migration:new.
`;

/** The PostgreSQL twin of the SQLite schema: same models, provider postgresql, its own client folder. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const provider = /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
  if (!provider.test(sqliteSchema))
    throw new Error('prisma/schema.prisma has no datasource with provider "sqlite"');
  // The output is relative to the schema file, which sits one folder deeper.
  const output = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/;
  if (!output.test(sqliteSchema))
    throw new Error(
      'prisma/schema.prisma: expected the client generator\'s output = "../lib/generated/prisma"',
    );
  return (
    HEADER +
    sqliteSchema
      .replace(provider, '$1"postgresql"')
      .replace(output, '$1"../../lib/generated/prisma-postgres"')
  );
}

/** Writes prisma/postgres/schema.prisma; returns true when its content changed. */
export function writePostgresSchema(): boolean {
  const next = postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA_PATH, 'utf8'));
  const current = fs.existsSync(POSTGRES_SCHEMA_PATH) ? fs.readFileSync(POSTGRES_SCHEMA_PATH, 'utf8') : null;
  if (current === next) return false;
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA_PATH), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA_PATH, next);
  return true;
}

runAsScript(import.meta.url, 'db:generate', async () => {
  const wrote = writePostgresSchema();
  console.log(wrote ? 'wrote prisma/postgres/schema.prisma' : 'prisma/postgres/schema.prisma is up to date');
  return 0;
});
