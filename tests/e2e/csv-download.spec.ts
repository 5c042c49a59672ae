import { expect, test, type APIRequestContext } from '@playwright/test';
import Papa from 'papaparse';
import { fetchSeries, openDashboard, seriesOf } from './helpers';

type CsvRow = Record<string, string>;

async function fetchCsv(request: APIRequestContext, url: string, headers?: Record<string, string>) {
  const response = await request.get(url, { headers });
  const text = await response.text();
  const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { response, text, header: parsed.meta.fields ?? [], rows: parsed.data };
}

const rowsOf = (rows: CsvRow[], partner: string, flow: string) =>
  rows
    .filter((r) => r.partner === partner && r.flow === flow)
    .sort((a, b) => Number(a.year) - Number(b.year));

test('the default view’s CSV holds exactly the numbers its table shows', async ({ page, request }) => {
  const { rows } = await fetchCsv(request, '/api/series/csv');
  await openDashboard(page, '?view=table');
  for (const flow of ['import', 'export']) {
    const table = page.getByTestId(`table-${flow}`);
    await expect(table).toBeVisible();
    for (const partner of ['CHN', 'RUS']) {
      const shown = await table
        .locator(`td[data-partner="${partner}"][data-value]`)
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value')));
      expect(shown).toHaveLength(23);
      expect(rowsOf(rows, partner, flow).map((r) => r.value)).toEqual(shown);
    }
  }
  expect(rows).toHaveLength(2 * 2 * 23);
});

test('the download comes as a CSV attachment named after the view, with provenance on every row', async ({
  request,
}) => {
  const { response, text, header, rows } = await fetchCsv(request, '/api/series/csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe(
    'attachment; filename="kazakhstan-china-russia-import-export-share-1995-2017.csv"',
  );
  // A pure function of (data version, view): a CDN may keep it, tagged with the version (docs/serving.md).
  expect(response.headers()['cache-control']).toMatch(/^public, .*s-maxage=/);
  expect(response.headers()['etag']).toMatch(/^"v\d+-/);
  expect(text.startsWith('\uFEFFreporter,reporter_name,')).toBe(true);
  expect(text.split('\r\n')).toHaveLength(rows.length + 2); // header, rows, and the empty text after the last CRLF
  expect(header).toEqual([
    'reporter',
    'reporter_name',
    'partner',
    'partner_name',
    'flow',
    'measure',
    'unit',
    'year',
    'value',
    'gap_reason',
    'flag',
    'estimate',
    'estimate_reason',
    'filled_value',
    'filled_source',
    'annotation',
    'source',
    'source_indicator',
    'source_file',
    'source_url',
    'source_sha256',
    'source_loaded_at',
    'data_version',
    'link_data_version',
    'value_at_link_version',
    'view_url',
  ]);
  const origin = new URL(response.url()).origin;
  for (const row of rows) {
    expect(row.source).toContain('World Bank');
    expect(row.source_file).toBe('data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV');
    expect(row.view_url).toBe(`${origin}/`);
    // today's data, named by its version; no link version, so nothing to compare with
    expect(row.data_version).toMatch(/^[1-9]\d*$/);
    expect(row.link_data_version).toBe('');
    expect(row.value_at_link_version).toBe('');
  }
  const proxied = await fetchCsv(request, '/api/series/csv?from=2000', {
    'x-forwarded-host': 'trade.example.org',
    'x-forwarded-proto': 'https',
  });
  // Links name the configured public origin (PUBLIC_ORIGIN), never a request's forwarding headers.
  expect(proxied.rows[0].view_url).toBe(`${origin}/?from=2000`);
  const chinaImports1995 = rowsOf(rows, 'CHN', 'import')[0];
  expect(chinaImports1995).toMatchObject({ year: '1995', value: '' });
  expect(chinaImports1995.gap_reason).toMatch(/top five/);
  expect(rowsOf(rows, 'CHN', 'export').find((r) => r.year === '2001')?.annotation).toMatch(
    /^\d+\. Shanghai Cooperation Organisation \(2001\)$/,
  );
});

test('a non-default view gives exactly its rows, from IMF DOTS, in US$ million', async ({ request }) => {
  const query = '?partners=CHN&flows=export&from=2000&to=2005&source=dots&measure=value';
  const { response, rows } = await fetchCsv(request, `/api/series/csv${query}`);
  expect(response.headers()['content-disposition']).toBe(
    'attachment; filename="kazakhstan-china-export-value-imf-dots-2000-2005.csv"',
  );
  const api = await fetchSeries(request, query);
  expect(rows.map((r) => [r.partner, r.flow, r.measure, r.unit, r.year])).toEqual(
    [2000, 2001, 2002, 2003, 2004, 2005].map((year) => [
      'CHN',
      'export',
      'value',
      'US$ million',
      String(year),
    ]),
  );
  expect(rows.map((r) => r.value)).toEqual(
    seriesOf(api, 'CHN', 'export').points.map((p) => (p.value === null ? '' : String(p.value))),
  );
  for (const row of rows) {
    expect(row.source).toContain('International Monetary Fund');
    expect(row.source_file).toBe('data/imf-dots/dots_all_long.csv.gz');
    expect(row.source_url).toBe(api.source?.url);
    expect(row.source_loaded_at).toBe(api.source?.loadedAt);
    expect(new URL(row.view_url).search).toBe(query);
  }
});

test('hostile or invalid parameters answer 400 in plain text naming the parameter, never 5xx or HTML', async ({
  request,
  page,
}) => {
  for (const [query, param] of [
    ['?partners=<script>alert(1)</script>', 'partners'],
    ['?from=abc', 'from'],
  ]) {
    const response = await request.get(`/api/series/csv${query}`);
    expect(response.status()).toBe(400);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['content-disposition']).toBeUndefined();
    expect(await response.text()).toContain(`${param}: expected`);
  }
  // Opened in the browser, the hostile link is shown as text: no script element comes of it.
  const response = await page.goto('/api/series/csv?partners=<script>alert(1)</script>');
  expect(response?.status()).toBe(400);
  await expect(page.locator('body')).toContainText('partners: expected');
  expect(await page.locator('script').count()).toBe(0);
});

test('a full-dataset download holds every observation the health check counts; an unknown id is a 404', async ({
  request,
}) => {
  const health = await (await request.get('/api/health')).json();
  const witsKaz = health.datasets.find((d: { id: string }) => d.id === 'wits-KAZ');
  const { response, header, rows } = await fetchCsv(request, '/api/datasets/wits-KAZ/csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe('attachment; filename="wits-kaz-observations.csv"');
  expect(header).toEqual([
    'reporter',
    'reporter_name',
    'partner',
    'partner_name',
    'flow',
    'measure',
    'unit',
    'year',
    'value',
    'flag',
    'source',
    'source_file',
    'source_url',
    'source_sha256',
    'source_loaded_at',
  ]);
  expect(rows).toHaveLength(witsKaz.rowCount);
  expect(rows.every((r) => r.source_file === witsKaz.file)).toBe(true);
  expect(
    rows.find((r) => r.partner === 'CHN' && r.flow === 'import' && r.measure === 'share' && r.year === '2017')
      ?.value,
  ).toBe('15.86');

  const unknown = await request.get('/api/datasets/no-such-dataset/csv');
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(await unknown.text()).toContain('wits-KAZ');
});
