import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tryLockFile } from './load-lock-file';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-lock-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it('is held by one process at a time, names its holder, and is free again once released', () => {
  const lockPath = path.join(tmp, 'a.db.load-lock');
  const first = tryLockFile(lockPath);
  expect(first.holder).toBeNull();
  const second = tryLockFile(lockPath);
  expect(second.holder).toMatch(new RegExp(`^pid ${process.pid} since \\d{4}-\\d\\d-\\d\\dT`));
  first.release();
  expect(fs.existsSync(lockPath)).toBe(false);
  const third = tryLockFile(lockPath);
  expect(third.holder).toBeNull();
  third.release();
});

it('takes over a lock whose process is gone (a load killed with SIGKILL)', () => {
  const lockPath = path.join(tmp, 'b.db.load-lock');
  const gone = spawnSync(process.execPath, [
    '-e',
    'process.stdout.write(String(process.pid))',
  ]).stdout.toString();
  fs.writeFileSync(lockPath, JSON.stringify({ pid: Number(gone), since: '2026-01-01T00:00:00.000Z' }));
  const lock = tryLockFile(lockPath);
  expect(lock.holder).toBeNull();
  lock.release();
});
