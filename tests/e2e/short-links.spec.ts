import { expect, test, type APIRequestContext } from '@playwright/test';

// A view that differs from the default in four parameters, and its canonical query string:
// defaults left out, parameters in the parser's order, codes upper case. A short link also
// carries the data version it was made on (v=, last).
const VIEW = 'partners=CHN,TUR&flows=export&from=2000&view=table';
let CANONICAL = '';

async function share(request: APIRequestContext, query: string) {
  const response = await request.post('/api/share', { data: { query } });
  return { status: response.status(), body: await response.json() };
}

let current = 0;
test.beforeAll(async ({ request }) => {
  current = (await (await request.get('/api/versions')).json()).current;
  expect(current).toBeGreaterThan(0);
  CANONICAL = `partners=CHN%2CTUR&flows=export&from=2000&view=table&v=${current}`;
});

test('sharing a view answers a short path and the canonical query', async ({ request }) => {
  const { status, body } = await share(request, VIEW);
  expect(status).toBe(200);
  expect(body.path).toBe(`/v/${body.id}`);
  expect(body.id).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
  expect(body.query).toBe(CANONICAL);
});

test('the same view written differently gets the same short link', async ({ request }) => {
  const { body: first } = await share(request, VIEW);
  const reordered = '?view=table&from=2000&flows=export&partners=CHN,TUR';
  const withDefaults =
    'reporter=KAZ&partners=chn, tur&flows=export&from=2000&to=2017&source=wits&measure=share&view=table&annotations=on&fill=off';
  for (const query of [reordered, withDefaults]) {
    const { status, body } = await share(request, query);
    expect(status).toBe(200);
    expect(body).toEqual(first);
  }
});

test('a short link redirects (307) to the dashboard with the canonical query', async ({ request }) => {
  const { body } = await share(request, VIEW);
  const response = await request.get(body.path, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  // Relative, so the browser stays on the host it asked (next start would otherwise name localhost).
  expect(response.headers().location).toBe(`/?${CANONICAL}`);
});

test('the default view shares as a link to the bare dashboard with its data version', async ({ request }) => {
  const { status, body } = await share(request, '?from=1995&partners=CHN,RUS');
  expect(status).toBe(200);
  expect(body.query).toBe(`v=${current}`);
  const response = await request.get(body.path, { maxRedirects: 0 });
  expect(response.headers().location).toBe(`/?v=${current}`);
});

test('a view shared with the version it was made on keeps that version', async ({ request }) => {
  const { status, body } = await share(request, `${VIEW}&v=${current}`);
  expect(status).toBe(200);
  expect(body.query).toBe(CANONICAL);
});

test('opening a short link in the browser shows the shared view', async ({ page, request }) => {
  const { body } = await share(request, VIEW);
  await page.goto(body.path);
  await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname).toBe('/');
  expect(url.search).toBe(`?${CANONICAL}`);
});

test('an unknown or malformed short link is a 404 page that links to the dashboard', async ({
  page,
  request,
}) => {
  for (const path of ['/v/neverissued', `/v/${'a'.repeat(33)}`, '/v/%3Cscript%3E']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain('<script>');
  }
  const response = await page.goto('/v/neverissued');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading')).toHaveText('This short link is unknown');
  await page.getByRole('link', { name: 'Open the dashboard' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('an invalid view is refused with the list of issues', async ({ request }) => {
  const { status, body } = await share(request, 'partners=XXX&from=1800');
  expect(status).toBe(400);
  expect(body.issues.map((issue: { param: string }) => issue.param)).toEqual(['partners', 'from']);
});

test('hostile input is refused with a 4xx, never a server error', async ({ request }) => {
  const attempts = [
    {
      name: 'script in a value',
      data: JSON.stringify({ query: 'partners=<script>alert(1)</script>' }),
      status: 400,
    },
    { name: '10 KB body', data: JSON.stringify({ query: `partners=${'A'.repeat(10_240)}` }), status: 413 },
    { name: 'not JSON', data: 'partners=CHN', status: 400 },
    { name: 'empty body', data: '', status: 400 },
    { name: 'no query', data: JSON.stringify({ partners: 'CHN' }), status: 400 },
    { name: 'query not a string', data: JSON.stringify({ query: ['partners=CHN'] }), status: 400 },
    { name: 'JSON null', data: 'null', status: 400 },
  ];
  for (const attempt of attempts) {
    const response = await request.post('/api/share', {
      data: attempt.data,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status(), attempt.name).toBe(attempt.status);
    expect(response.headers()['content-type'], attempt.name).toContain('application/json');
    expect((await response.json()).error, attempt.name).toEqual(expect.any(String));
  }
});
