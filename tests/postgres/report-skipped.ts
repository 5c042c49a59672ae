// Vitest global setup: when PG_TEST_URL is not set, name the PostgreSQL tests this run skipped and
// say how to run them, so a green `npm test` on a laptop does not pass for a full one.
import fs from 'node:fs';
import path from 'node:path';

const HOW_TO_RUN = `Run them with a PostgreSQL server on which the tests may create databases:
  PG_TEST_URL=postgres://postgres@127.0.0.1:5432/postgres npx vitest run .pg.test
  npm run test:pg        (the same vitest files, then the browser specs on PostgreSQL: playwright.pg.config.ts)
No server? apt-get install postgresql, then see docs/deploy.md ("Tests on PostgreSQL").`;

function postgresTestFiles(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.next', '.git', '.tmp'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) postgresTestFiles(full, found);
    else if (entry.name.endsWith('.pg.test.ts')) found.push(path.relative(process.cwd(), full));
  }
  return found.sort();
}

export default function setup() {
  return () => {
    if (process.env.PG_TEST_URL) return;
    const files = postgresTestFiles(process.cwd());
    if (files.length === 0) return;
    console.log(
      `\nPostgreSQL tests skipped (PG_TEST_URL is not set):\n${files.map((f) => `  ${f}`).join('\n')}\n${HOW_TO_RUN}\n`,
    );
  };
}
