// npm start — from a fresh clone to a served dashboard: migrate the database (SQLite, or PostgreSQL
// for a postgres:// DATABASE_URL), load data/ if it changed, build if the sources are newer than the
// last build, then serve it (scripts/serve.ts: Next behind the front) on PORT (and BIND_ADDRESS when set).
// npm run serve (`--serve-only`) — only the last step, for an instance whose database is ready.
//
// This process stays for as long as the server runs (it passes signals on and exits with it), so it
// stays small: every step runs in a child process and hands its memory back when done. It imports
// nothing but Node and the serve command. (Migrating and loading in here kept 191 MB resident
// beside the server under traffic; now ~45 MB: docs/serving.md.)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { HEAP_FLAGS, SERVE_ARGS, SERVE_COMMAND, serveEnv } from './serve-command';

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

// The child running now: SIGINT and SIGTERM are passed on to it, and this process exits with it.
let current: ChildProcess | null = null;
const running = () => current !== null && current.exitCode === null && current.signalCode === null;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => (running() ? current!.kill(signal) : process.exit(1)));

// Resolves with the child's exit code, or null when a signal ended it.
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number | null> {
  return new Promise((resolve) => {
    current = spawn(command, args, { stdio: 'inherit', env });
    current.on('error', (error) => (console.error(error.message), resolve(1)));
    current.on('exit', (code) => resolve(code));
  });
}

// A step that fails or is stopped stops npm start.
async function step(command: string, args: string[]) {
  const code = await run(command, args);
  if (code !== 0) process.exit(code ?? 1);
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const serveOnly = process.argv.includes('--serve-only');
  // The short-link limits are checked either way; migrate and load unless --serve-only.
  await step(process.execPath, [
    ...HEAP_FLAGS,
    '--import',
    'tsx',
    'scripts/prepare.ts',
    ...(serveOnly ? ['--serve-only'] : []),
  ]);
  if (!serveOnly && buildIsStale()) {
    console.log('build: sources changed since the last build, running next build');
    await step('npx', ['next', 'build']);
  }
  // PORT, and BIND_ADDRESS=127.0.0.1 behind a reverse proxy on the same machine (docs/security.md),
  // are read by scripts/serve.ts; the default is every interface.
  process.exit((await run(SERVE_COMMAND, SERVE_ARGS, serveEnv())) ?? 0); // a server stopped by a signal: 0, as before
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
