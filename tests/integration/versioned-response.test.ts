import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The version guarantee (docs/deploy.md): a view route's response on a database of its own (the one probe reads DATABASE_URL on first use),
// written by another connection as a load would be.
const dir = mkdtempSync(path.join(tmpdir(), 'versioned-response-'));
const file = path.join(dir, 'test.db');
let writer: Database.Database;
let api: typeof import('../../lib/serving/versioned-response');
let data: typeof import('../../lib/data/cached-by-version');
let reads: typeof import('../../lib/database/read-context');

beforeAll(async () => {
  writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  writer.exec(
    'CREATE TABLE "DataVersion" (id INTEGER PRIMARY KEY); CREATE TABLE "Dataset" (id TEXT PRIMARY KEY)',
  );
  writer.exec('INSERT INTO "DataVersion" (id) VALUES (1)');
  process.env.DATABASE_URL = `file:${file}`;
  api = await import('../../lib/serving/versioned-response');
  data = await import('../../lib/data/cached-by-version');
  reads = await import('../../lib/database/read-context');
});

afterAll(() => {
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

const answer = (request: Request, key: string, produce: () => Promise<Response>) =>
  data.withDataVersion((version) => api.versionedResponse(request, { version, key }, produce));

describe('versionedResponse', () => {
  it('tags a view with its data version and answers 304 to that tag without producing anything', async () => {
    let produced = 0;
    const produce = async () => new Response(`body ${++produced}`);
    const first = await answer(new Request('http://x/a'), 'a', produce);
    expect(first.headers.get('etag')).toMatch(/^"v1-/);
    expect(first.headers.get('cache-control')).toMatch(/^public/);
    const revalidated = await answer(
      new Request('http://x/a', { headers: { 'if-none-match': first.headers.get('etag')! } }),
      'a',
      produce,
    );
    expect(revalidated.status).toBe(304);
    expect(produced).toBe(1);
  });

  it('names no version, and lets nobody keep it, when a load committed while the body was made', async () => {
    const response = await answer(new Request('http://x/b'), 'b', async () => {
      writer.exec('INSERT INTO "DataVersion" (id) VALUES (2)'); // another process's load, mid-request
      return new Response('made across versions 1 and 2');
    });
    expect(await response.text()).toBe('made across versions 1 and 2');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('runs a route’s work inside the one read context that lib/database/db.ts follows', async () => {
    const seen = await data.withDataVersion(async (version) => ({
      version,
      context: reads.readContext.getStore(),
    }));
    expect(seen.context).toEqual({ version: seen.version, replicas: true });
  });

  it('answers 503 with Retry-After, not 500, when the database turns unreadable after the proxy', async () => {
    renameSync(file, `${file}.away`);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the probe looks at the file every 250 ms
      const response = await api.respondWithDataVersion(
        new Request('http://x/api/series'),
        async () => new Response('x'),
      );
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).not.toBeNull();
    } finally {
      renameSync(`${file}.away`, file);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  });

  it('marks a streamed view so that neither the front nor a CDN keeps it', async () => {
    const response = await data.withDataVersion((version) =>
      api.versionedResponse(
        new Request('http://x/c'),
        { version, key: 'c', streamed: true },
        async () => new Response('rows'),
      ),
    );
    expect(response.headers.get('etag')).toMatch(/^"v\d+-/);
    expect(response.headers.get('cache-control')).not.toMatch(/public/);
  });
});
