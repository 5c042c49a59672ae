import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataVersionProbe } from './data-version-probe';

// A database with only the table the probe reads, written by another connection as a load would.
function database(file: string, versions: number[], withDatasets = true) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS "DataVersion" (id INTEGER PRIMARY KEY)');
  if (withDatasets) db.exec('CREATE TABLE IF NOT EXISTS "Dataset" (id TEXT PRIMARY KEY)');
  for (const id of versions) db.prepare('INSERT INTO "DataVersion" (id) VALUES (?)').run(id);
  return db;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'probe-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the data version probe (SQLite)', () => {
  it('sees a load committed by another connection on the very next call', () => {
    const file = path.join(scratch(), 'a.db');
    const writer = database(file, [1]);
    const probe = openDataVersionProbe(`file:${file}`);
    expect(probe.current()).toBe(1);
    writer.prepare('INSERT INTO "DataVersion" (id) VALUES (2)').run();
    expect(probe.current()).toBe(2);
    probe.close();
    writer.close();
  });

  it('says null while the file is missing or not a database, and never creates it', async () => {
    const dir = scratch();
    const file = path.join(dir, 'missing.db');
    const probe = openDataVersionProbe(`file:${file}`);
    expect(probe.current()).toBeNull();
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, 'this is not a database\n'.repeat(200));
    await pause(300);
    expect(probe.current()).toBeNull();
    database(path.join(dir, 'other.db'), [7]).close();
    renameSync(path.join(dir, 'other.db'), file);
    await pause(300); // a missing file is looked for again every quarter second
    expect(probe.current()).toBe(7); // back by itself once the file is in place
    expect(probe.opened()).toBe(1);
    probe.close();
  });

  it('says null for a database whose datasets cannot be read', () => {
    const file = path.join(scratch(), 'a.db');
    database(file, [1], false).close(); // DataVersion only: no Dataset table
    const probe = openDataVersionProbe(`file:${file}`);
    expect(probe.current()).toBeNull();
    probe.close();
  });

  it('notices the file replaced by another one within a quarter second', async () => {
    const dir = scratch();
    const file = path.join(dir, 'a.db');
    database(file, [1]).close();
    const probe = openDataVersionProbe(`file:${file}`);
    expect(probe.current()).toBe(1);
    rmSync(file);
    await pause(300);
    expect(probe.current()).toBeNull();
    probe.close();
  });
});

describe('the data version probe on a file changed under it (SQLite)', () => {
  it('says null within a quarter second of the file being overwritten in place, and opens its replacement anew', async () => {
    const dir = scratch();
    const file = path.join(dir, 'a.db');
    database(file, [1]).close();
    const probe = openDataVersionProbe(`file:${file}`);
    expect(probe.current()).toBe(1);
    const opened = probe.opened();
    writeFileSync(file, 'this is not a database\n'.repeat(200)); // the same inode, damaged
    await pause(300);
    expect(probe.current()).toBeNull();
    database(path.join(dir, 'b.db'), [1]).close(); // mv b.db a.db: the same version number, another file
    renameSync(path.join(dir, 'b.db'), file);
    await pause(300);
    expect(probe.current()).toBe(1);
    expect(probe.opened()).toBe(opened + 1); // so the caches of the old file are dropped
    probe.close();
  });

  it('opens a file rewritten in place (cp new.db data.db keeps the inode) anew, even at the same version', async () => {
    const dir = scratch();
    const file = path.join(dir, 'a.db');
    const made = (target: string, createdAt: string) => {
      const db = database(target, []);
      db.exec('ALTER TABLE "DataVersion" ADD COLUMN "createdAt" TEXT');
      db.prepare('INSERT INTO "DataVersion" (id, "createdAt") VALUES (1, ?)').run(createdAt);
      db.close();
    };
    made(file, '2026-01-01');
    const probe = openDataVersionProbe(`file:${file}`);
    expect(probe.current()).toBe(1);
    const opened = probe.opened();
    const inode = statSync(file).ino;
    made(path.join(dir, 'b.db'), '2026-02-02');
    copyFileSync(path.join(dir, 'b.db'), file);
    expect(statSync(file).ino).toBe(inode);
    await pause(300);
    expect(probe.current()).toBe(1);
    expect(probe.opened()).toBe(opened + 1);
    probe.close();
  });
});
