import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';

// `npm run db:load` killed (SIGKILL: no handler, no cleanup) while it writes leaves the data it
// replaces intact, and the next load completes cleanly. Driven through the command line only
// (DATABASE_URL, data/ under the working directory, exit status), on a temporary database and a
// temporary copy of data/ in which one file changed, so the load has something to write.
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'lib/ingest/cli.ts');
const CHANGED_FILE = 'data/imf-dots/dots_central_asia_long.csv'; // the largest: its write takes longest

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-crash-test-'));
const databaseFile = path.join(tmp, 'crash.db');

type Run = { code: number | null; signal: NodeJS.Signals | null; output: string };

// Runs the loader; with `killWhen`, SIGKILLs it as soon as its output matches. tsx runs the script
// in a child process of its own, so the whole process group is killed: killing tsx alone would
// leave the loader running, and committing, as an orphan.
function load(killWhen?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI], {
      cwd: tmp,
      env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let killed = false;
    const kill = () => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    };
    let output = '';
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      // A moment after the loader says it writes, so the kill lands inside the transaction.
      if (killWhen?.test(output) && !killed) {
        killed = true;
        setTimeout(kill, 150);
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

// What a reader would see: every dataset's identity and every observation, as one digest.
function snapshot() {
  const db = new Database(databaseFile, { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const datasets = db.prepare('SELECT id, checksum, rowCount, loadedAt FROM Dataset ORDER BY id').all() as {
      id: string;
      checksum: string;
      rowCount: number;
      loadedAt: number;
    }[];
    const digest = createHash('sha256');
    const rows = db
      .prepare(
        'SELECT datasetId, reporterCode, partnerCode, flow, measure, year, value, flag FROM Observation ORDER BY 1, 2, 3, 4, 5, 6',
      )
      .raw()
      .iterate();
    let count = 0;
    for (const row of rows) {
      digest.update(JSON.stringify(row));
      count += 1;
    }
    return { integrity, datasets, observations: count, digest: digest.digest('hex') };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  fs.cpSync(path.join(ROOT, 'data'), path.join(tmp, 'data'), { recursive: true });
  await migrate(`file:${databaseFile}`);
  const first = await load();
  expect(first.code, first.output).toBe(0);
}, 240_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('a load killed while it writes', () => {
  it('leaves the previous data intact, and the next load is clean', async () => {
    const before = snapshot();
    expect(before.integrity).toBe('ok');
    expect(before.observations).toBeGreaterThan(0);

    // One file changes: its last record goes (published rows only; nothing typed in).
    const changedPath = path.join(tmp, CHANGED_FILE);
    const lines = fs.readFileSync(changedPath, 'utf8').trimEnd().split('\n');
    fs.writeFileSync(changedPath, `${lines.slice(0, -1).join('\n')}\n`);
    const changedSha256 = createHash('sha256').update(fs.readFileSync(changedPath)).digest('hex');

    const killed = await load(/writing/i);
    expect(killed.signal, `the load finished before it could be killed:\n${killed.output}`).toBe('SIGKILL');
    expect(snapshot()).toEqual(before);

    const next = await load();
    expect(next.code, next.output).toBe(0);
    const after = snapshot();
    expect(after.integrity).toBe('ok');
    const changed = after.datasets.find((d) => d.checksum === changedSha256);
    expect(changed, 'the changed file is loaded').toBeDefined();
    expect(after.digest).not.toBe(before.digest);
    // Every other dataset is exactly as it was.
    const others = (s: typeof before) => s.datasets.filter((d) => d.id !== changed!.id);
    expect(others(after)).toEqual(others(before));
    // And a load after that has nothing left to do: the database holds what data/ says.
    const again = await load();
    expect(again.code, again.output).toBe(0);
    expect({ ...snapshot(), datasets: snapshot().datasets.map((d) => d.checksum) }).toEqual({
      ...after,
      datasets: after.datasets.map((d) => d.checksum),
    });
  }, 240_000);
});
