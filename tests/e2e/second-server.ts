import { spawn, type ChildProcess } from 'node:child_process';
import { renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SERVE_ARGS, SERVE_COMMAND, serveEnv } from '../../scripts/serve-command';

// A further server (scripts/serve.ts, as `npm start` runs it) beside the suite's main server (it reuses the main server's build), for
// specs that need a database of their own. Its port is derived from E2E_PORT, so suites run on
// different ports never collide; `offset` tells the specs of one suite apart.
export type SecondServer = { base: string; stop: () => void; output: () => string };

export async function startSecondServer(
  offset: number,
  databaseFile: string,
  env: Record<string, string> = {},
): Promise<SecondServer> {
  const port = Number(process.env.E2E_PORT ?? 3101) + offset;
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(SERVE_COMMAND, SERVE_ARGS, {
    env: serveEnv({
      PUBLIC_ORIGIN: base,
      ...env,
      PORT: String(port),
      DATABASE_URL: `file:./${databaseFile}`,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let logged = '';
  server.stdout?.on('data', (chunk: Buffer) => (logged += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (logged += chunk.toString()));
  const output = () => logged;
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const up = await fetch(`${base}/icon.svg`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { base, stop, output };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`the server on port ${port} did not start`);
}

// Puts a consistent copy of the suite's loaded database (see playwright.config.ts) at `target`:
// SQLite's online backup (the main server may be writing to it), then a rename, so a server
// watching `target` never sees half a file.
export async function copyLoadedDatabase(target: string): Promise<void> {
  const source = new Database(`.tmp/e2e-${process.env.E2E_PORT ?? 3101}.db`, {
    readonly: true,
    fileMustExist: true,
  });
  try {
    await source.backup(`${target}.part`);
  } finally {
    source.close();
  }
  renameSync(`${target}.part`, target);
}
