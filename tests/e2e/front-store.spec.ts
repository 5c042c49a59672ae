import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';

// What the front (lib/serving/front-handler.ts) keeps is what a clean request would get, whatever
// headers the first reader of a view sent, and the analysis pages are kept and revalidated like
// the dashboard.

// A GET with exactly these headers (Playwright's client drops empty ones), the body as text.
function rawGet(base: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest(`${base}${path}`, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

for (const path of ['/?from=2003', '/embed?from=2004']) {
  test(`a prefetch request for ${path} never blanks the page for the next reader`, async ({
    request,
    baseURL,
  }) => {
    await rawGet(baseURL!, path, { 'x-middleware-prefetch': '1' });
    await rawGet(baseURL!, path, { 'x-middleware-prefetch': '1', 'accept-encoding': 'gzip' });
    const clean = await request.get(path);
    expect(clean.status()).toBe(200);
    expect(clean.headers()['content-type']).toContain('text/html');
    expect(await clean.text()).toContain('<html');
  });
}

test('forwarding headers, empty or not, never change the links a page or a CSV hands out', async ({
  request,
  baseURL,
}) => {
  const hostile: Record<string, string>[] = [
    { 'x-forwarded-host': '', 'x-forwarded-proto': '' },
    { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    { host: 'evil.example' },
  ];
  for (const headers of hostile) {
    await rawGet(baseURL!, '/?from=2005', headers);
    await rawGet(baseURL!, '/api/series/csv?from=2005', headers);
  }
  const page = await (await request.get('/?from=2005')).text();
  const image = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1];
  expect(image).toMatch(new RegExp(`^${baseURL}/api/chart/preview`));
  const csv = await (await request.get('/api/series/csv?from=2005')).text();
  expect(csv).toContain(`${baseURL}/?from=2005`);
  const forwarded = await rawGet(baseURL!, '/api/series/csv?from=2006', {
    'x-forwarded-host': 'evil.example',
  });
  expect(forwarded.body).not.toContain('evil.example');
});

for (const path of ['/mirror', '/region?from=2001', '/ranking', '/sources', '/embed/mirror']) {
  test(`the analysis page ${path} is kept per data version and answered with 304`, async ({ request }) => {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^"v\d+-[^"]+"$/);
    expect(first.headers()['cache-control']).toBe('private, no-cache');
    const again = await request.get(path);
    expect(again.headers()['etag']).toBe(etag);
    // Served from the front's store: it says how long it has held the page (RFC 9111 §5.1).
    expect(again.headers()['age']).toMatch(/^\d+$/);
    const nonce = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce(again.headers()['content-security-policy'])).not.toBe(
      nonce(first.headers()['content-security-policy']),
    );
    const revalidated = await request.get(path, { headers: { 'if-none-match': etag } });
    expect(revalidated.status()).toBe(304);
    expect(revalidated.headers()['content-security-policy'] ?? '').not.toContain('nonce-');
  });
}
