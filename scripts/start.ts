// npm start — from a fresh clone to a served dashboard: migrate the database (SQLite, or PostgreSQL
// for a postgres:// DATABASE_URL), load data/ if it changed, build if the sources are newer than the
// last build, then serve it (scripts/serve.ts: Next behind the front) on PORT (and BIND_ADDRESS when set).
// npm run serve (`--serve-only`) — only the last step, for an instance whose database is ready.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadData } from '../lib/ingest/load';
import { readShareLimits } from '../lib/data/share-limits';
import { loadProgressPrinter } from '../lib/ingest/load-progress';
import { migrate } from '../prisma/migrate';
import { SERVE_ARGS, SERVE_COMMAND, serveEnv } from './serve-command';
import { withDatabaseLock } from './with-database-lock';

const SOURCE_DIRS = ['app', 'components', 'lib', 'public'];
const SOURCE_FILES = ['next.config.js', 'proxy.ts', 'instrumentation.ts', 'package.json', 'tsconfig.json'];
const BUILD_MARKER = path.join('.next', 'BUILD_ID');

function newestSourceTime(): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!existsSync(target)) return;
    const stats = statSync(target);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(target)) if (entry !== 'generated') visit(path.join(target, entry));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

function buildIsStale(): boolean {
  return !existsSync(BUILD_MARKER) || statSync(BUILD_MARKER).mtimeMs < newestSourceTime();
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  readShareLimits(); // a short-link limit that is not a positive integer stops here, not at the first share
  if (!process.argv.includes('--serve-only')) await prepare();
  // PORT, and BIND_ADDRESS=127.0.0.1 behind a reverse proxy on the same machine (docs/security.md),
  // are read by scripts/serve.ts; the default is every interface.
  const server = spawn(SERVE_COMMAND, SERVE_ARGS, { stdio: 'inherit', env: serveEnv() });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

async function prepare() {
  // Instances started together on one PostgreSQL database take turns; the later ones find nothing to do.
  await withDatabaseLock(process.env.DATABASE_URL, async () => {
    const applied = await migrate();
    console.log(
      applied.length > 0 ? `database: applied ${applied.join(', ')}` : 'database: schema up to date',
    );

    const summary = await loadData({ onProgress: loadProgressPrinter() });
    console.log(
      summary.dataVersion !== null
        ? `data: loaded ${summary.loaded.length} file(s), ${summary.rows.toLocaleString('en')} observations in ${summary.seconds.toFixed(1)} s`
        : 'data: already loaded',
    );
  });

  if (buildIsStale()) {
    console.log('build: sources changed since the last build, running next build');
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
