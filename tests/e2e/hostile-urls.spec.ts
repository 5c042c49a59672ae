import { expect, test } from '@playwright/test';

// Addresses a careless or hostile client may send. A malformed percent-encoding in a path segment
// is a 400 with a plain message; nothing a client sends yields a 5xx.

const MALFORMED_PATHS = ['/v/%FF', '/v/%', '/v/%C0%AE%C0%AE%2F', '/api/datasets/%FF/csv', '/api/chart/%FF'];

test('a path with a malformed percent-encoding gets 400, in plain text', async ({ request }) => {
  for (const path of MALFORMED_PATHS) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(response.headers()['content-type'], path).toContain('text/plain');
    expect(await response.text(), path).toMatch(/malformed percent-encoding/);
  }
});

test('hostile paths and queries never get a server error', async ({ request }) => {
  const paths = ['/', '/embed', '/api/series', '/api/series/csv', '/api/chart/svg', '/api/chart/png'];
  const queries = [
    '?partners=%FF',
    '?from=%',
    '?partners=%C0%AE%C0%AE',
    '?to=1e309',
    '?from=-1&to=99999999999999999999',
    '?partners=' + 'CHN,'.repeat(500),
    '?reporter=%00',
    '?partners=<script>',
    '?flows=import&flows=export&flows=x',
    '?source[]=dots',
    '?%=%',
  ];
  const extraPaths = [
    '/v/' + 'a'.repeat(5_000),
    '/v/..%2F..%2Fetc%2Fpasswd',
    '/api/datasets/..%2F..%2F/csv',
    '/api/chart/%2E%2E',
    '/api/datasets/%00/csv',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/embed/%E2%82',
  ];
  const checked: string[] = [...extraPaths];
  for (const path of paths) for (const query of queries) checked.push(`${path}${query}`);
  for (const address of checked) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBeLessThan(500);
  }
});
