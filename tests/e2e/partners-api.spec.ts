import { expect, test } from '@playwright/test';

// /api/partners feeds the partner box when the reader picks another reporter or source.

test('lists the partners a reporter has in a source, without World', async ({ request }) => {
  const response = await request.get('/api/partners?reporter=UZB&source=dots');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.reporter).toBe('UZB');
  expect(body.source).toBe('dots');
  expect(body.partners).toEqual(expect.arrayContaining(['CHN', 'RUS', 'DEU', 'KAZ']));
  expect(body.partners).not.toContain('WLD');
  expect(body.partners).not.toContain('UZB');
});

test('answers 400 with the issues for a malformed reporter or an unknown source', async ({ request }) => {
  for (const query of ['reporter=uz&source=dots', 'reporter=UZB&source=comtrade', 'source=dots', '']) {
    const response = await request.get(`/api/partners?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()).issues.length, query).toBeGreaterThan(0);
  }
});

test('answers 404 for a reporter the source has no data for', async ({ request }) => {
  const response = await request.get('/api/partners?reporter=XXX&source=wits');
  expect(response.status()).toBe(404);
});
