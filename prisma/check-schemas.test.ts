import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_SCHEMA_PATHS, checkMigrations, checkSchemaFiles, type SchemaPaths } from './check-schemas';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-schemas-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
// A copy of the project's schemas and migrations that a test may break.
function copyOfProject(): SchemaPaths {
  counter += 1;
  const root = path.join(tmp, `copy-${counter}`);
  const copy = (from: string, to: string) => {
    fs.cpSync(from, path.join(root, to), { recursive: true });
    return path.join(root, to);
  };
  return {
    sqliteSchema: copy(PROJECT_SCHEMA_PATHS.sqliteSchema, 'schema.prisma'),
    sqliteMigrations: copy(PROJECT_SCHEMA_PATHS.sqliteMigrations, 'migrations'),
    postgresSchema: copy(PROJECT_SCHEMA_PATHS.postgresSchema, 'postgres/schema.prisma'),
    postgresMigrations: copy(PROJECT_SCHEMA_PATHS.postgresMigrations, 'postgres/migrations'),
  };
}

describe('the schema check (npm run db:check)', () => {
  it('finds the committed PostgreSQL schema, both migrations folders and schema.prisma in agreement', async () => {
    expect(checkSchemaFiles()).toEqual([]);
    expect(await checkMigrations('sqlite')).toEqual([]);
  });

  it('fails when schema.prisma changes and nothing is regenerated or migrated', async () => {
    const paths = copyOfProject();
    fs.appendFileSync(paths.sqliteSchema, '\nmodel Extra {\n  id Int @id\n}\n');
    expect(checkSchemaFiles(paths)).toEqual([
      expect.stringMatching(
        /postgres\/schema\.prisma is not generated from .*schema\.prisma: run npm run db:generate/,
      ),
    ]);
    const [sqliteDrift] = await checkMigrations('sqlite', paths);
    expect(sqliteDrift).toMatch(/migrations does not produce the schema/);
    expect(sqliteDrift).toContain('CREATE TABLE "Extra"');
  });

  it('fails when a migration exists for one provider only', () => {
    const paths = copyOfProject();
    const [first] = fs.readdirSync(paths.postgresMigrations).filter((name) => /^\d{14}_/.test(name));
    fs.rmSync(path.join(paths.postgresMigrations, first), { recursive: true });
    expect(checkSchemaFiles(paths)).toEqual([
      `migration ${first} exists for SQLite only: run npm run db:generate, then npm run db:migration:new -- <name>`,
    ]);
  });

  it('fails when the PostgreSQL schema is edited by hand', () => {
    const paths = copyOfProject();
    fs.appendFileSync(paths.postgresSchema, '\n// tweak\n');
    expect(checkSchemaFiles(paths)).toHaveLength(1);
  });
});
