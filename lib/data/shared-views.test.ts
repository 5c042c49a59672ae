import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';

type SharedViews = typeof import('./shared-views');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-views-test-'));
let views: SharedViews;

// lib/database/db.ts opens DATABASE_URL when first imported, so the variable is set, and the file migrated, before that.
beforeAll(async () => {
  const url = `file:${path.join(tmp, 'test.db')}`;
  await migrate(url);
  process.env.DATABASE_URL = url;
  views = await import('./shared-views');
});

afterAll(async () => {
  const { prisma } = await import('../database/db');
  await prisma.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('shared views', () => {
  it('gives the same short id every time the same query is saved', async () => {
    const first = await views.saveSharedView('partners=CHN&from=2000');
    const second = await views.saveSharedView('partners=CHN&from=2000');
    expect(second).toEqual(first);
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{10}$/);
  });

  it('gives different queries different ids', async () => {
    const a = await views.saveSharedView('partners=CHN');
    const b = await views.saveSharedView('partners=RUS');
    expect(a.id).not.toBe(b.id);
  });

  it('reads back exactly the query that was saved, the default view included', async () => {
    for (const query of ['reporter=KGZ&partners=CHN%2CTUR&flows=export&view=table', '']) {
      const { id } = await views.saveSharedView(query);
      expect(await views.getSharedView(id)).toBe(query);
    }
  });

  it('knows nothing of an id that was never saved', async () => {
    expect(await views.getSharedView('nosuchid00')).toBeNull();
  });

  it('refuses a query longer than 1,000 characters and stores nothing for it', async () => {
    const tooLong = `partners=${'A'.repeat(1_000)}`;
    await expect(views.saveSharedView(tooLong)).rejects.toThrow(views.SharedViewTooLongError);
    expect(await views.getSharedView(views.sharedViewId(tooLong))).toBeNull();
    const atLimit = 'x'.repeat(views.MAX_SHARED_QUERY_LENGTH);
    await expect(views.saveSharedView(atLimit)).resolves.toEqual({ id: views.sharedViewId(atLimit) });
  });

  it('refuses a new view once the store holds the stated maximum, but still shares views it knows', async () => {
    const stored = 'partners=DEU&from=2001';
    const known = await views.saveSharedView(stored);
    const { prisma } = await import('../database/db');
    const count = await prisma.sharedView.count();
    await expect(views.saveSharedView('partners=FRA&from=2002', count)).rejects.toThrow(
      views.SharedViewsFullError,
    );
    expect(await prisma.sharedView.count()).toBe(count);
    await expect(views.saveSharedView(stored, count)).resolves.toEqual(known);
    await expect(views.saveSharedView('partners=FRA&from=2002', count + 1)).resolves.toHaveProperty('id');
  });
});
