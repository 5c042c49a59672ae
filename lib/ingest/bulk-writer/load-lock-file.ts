import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

// One load at a time on a SQLite file: a lock file beside it, created exclusively, naming the
// process that holds it. SQLite's own lock names no holder, and a load would wait for it (the
// busy timeout the app's own writes need) instead of saying at once who holds it. A lock file
// whose process is gone (a load killed with SIGKILL) is stale and taken over.
export type LockFile = { holder: string | null; release(): void };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function tryLockFile(lockPath: string): LockFile {
  const mine = JSON.stringify({ pid: process.pid, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockPath, mine, { flag: 'wx' });
      return { holder: null, release: () => releaseIfMine(lockPath, mine) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let held: { pid?: number; since?: string } = {};
    try {
      held = JSON.parse(readFileSync(lockPath, 'utf8')) as typeof held;
    } catch {
      // Being written this instant, or garbage: treated as held by an unknown process once.
      if (attempt === 0) continue;
    }
    if (typeof held.pid === 'number' && alive(held.pid))
      return { holder: `pid ${held.pid} since ${held.since}`, release: () => {} };
    try {
      unlinkSync(lockPath); // stale: its process is gone
    } catch {
      // Another process took it over first; the next attempt finds its lock.
    }
  }
  return { holder: 'an unknown process', release: () => {} };
}

function releaseIfMine(lockPath: string, mine: string) {
  try {
    if (readFileSync(lockPath, 'utf8') === mine) unlinkSync(lockPath);
  } catch {
    // Already gone.
  }
}
