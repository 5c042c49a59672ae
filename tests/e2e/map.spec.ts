import { createReadStream, readFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

// The world map (/map), against the IMF DOTS file itself: the shares, which partner is larger and
// the sentence's counts are computed here from data/imf-dots/dots_all_long.csv.gz with zlib and
// papaparse (partner ÷ World × 100 of the reporter's own imports), never read from the code under test.

const DOTS_FILE = 'data/imf-dots/dots_all_long.csv.gz';
const PARTNER_NAMES = { CHN: 'China, P.R.: Mainland', RUS: 'Russian Federation', WLD: 'World' } as const;
const YEARS = ['1995', '2017', '2018', '2020'];

type Row = { reporter: string; flow: string; partner: string; year: string; value_usd_millions: string };
// reporter name (IMF's) → { code, kind } from data/economies.csv, as the loader resolves them.
function dotsEconomies(): Map<string, { code: string; kind: string }> {
  const rows = Papa.parse<{ code: string; kind: string; source: string; alias: string }>(
    readFileSync('data/economies.csv', 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
  return new Map(
    rows.filter((r) => r.source === 'dots').map((r) => [r.alias, { code: r.code, kind: r.kind }]),
  );
}

// Imports from China, Russia and the World, by reporter code and year: the file's first value of each.
async function readImports(): Promise<Map<string, { CHN?: number; RUS?: number; WLD?: number }>> {
  const wanted = new Set<string>(Object.values(PARTNER_NAMES));
  const names = dotsEconomies();
  const lines: string[] = [];
  let header = '';
  let rest = '';
  for await (const chunk of createReadStream(DOTS_FILE).pipe(createGunzip())) {
    const text = rest + (chunk as Buffer).toString('utf8');
    const parts = text.split('\n');
    rest = parts.pop()!;
    for (const line of parts) {
      if (!header) header = line;
      else if (line.includes('imports_cif') && YEARS.some((y) => line.includes(`,${y},`))) lines.push(line);
    }
  }
  const rows = Papa.parse<Row>([header, ...lines].join('\n'), { header: true, skipEmptyLines: true }).data;
  const byKey = new Map<string, { CHN?: number; RUS?: number; WLD?: number }>();
  for (const row of rows) {
    const partner = (Object.keys(PARTNER_NAMES) as (keyof typeof PARTNER_NAMES)[]).find(
      (code) => PARTNER_NAMES[code] === row.partner,
    );
    const reporter = names.get(row.reporter);
    if (!partner || !wanted.has(row.partner) || !reporter || reporter.kind !== 'economy') continue;
    const key = `${reporter.code}|${row.year}`;
    const entry = byKey.get(key) ?? {};
    entry[partner] ??= Number(row.value_usd_millions);
    byKey.set(key, entry);
  }
  return byKey;
}

let imports: Awaited<ReturnType<typeof readImports>>;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  imports = await readImports();
});

const share = (code: string, partner: 'CHN' | 'RUS', year: number) => {
  const entry = imports.get(`${code}|${year}`);
  const value = entry?.[partner];
  return entry?.WLD && entry.WLD > 0 && value !== undefined && value >= 0 ? (value / entry.WLD) * 100 : null;
};
const pct = (value: number) => `${value.toFixed(2)} %`;

// Economies that report both shares of their imports in a year, and in how many China's is larger.
function countLarger(year: number) {
  let both = 0;
  let larger = 0;
  for (const key of imports.keys()) {
    const [code, y] = key.split('|');
    if (Number(y) !== year || code === 'CHN' || code === 'RUS') continue;
    const [china, russia] = [share(code, 'CHN', year), share(code, 'RUS', year)];
    if (china === null || russia === null) continue;
    both += 1;
    if (china > russia) larger += 1;
  }
  return { both, larger };
}

async function openMap(page: Page, query = '') {
  await page.goto(`/map${query}`);
  await expect(page.getByTestId('world-map')).toBeVisible();
}

test('2017 imports: Mongolia’s China share leads, Belarus’s Russia share leads, Slovakia’s are within a tenth of a point', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const cases = { MNG: 'China', BLR: 'Russia', SVK: null } as const;
  await openMap(page, '?year=2017');
  for (const code of Object.keys(cases) as (keyof typeof cases)[]) {
    const [china, russia] = [share(code, 'CHN', 2017)!, share(code, 'RUS', 2017)!];
    const expected = china > russia ? 'China' : 'Russia';
    if (cases[code])
      expect(expected).toBe(cases[code]); // the cases were chosen by hand from the file
    else expect(Math.abs(china - russia)).toBeLessThan(0.1);
    const row = page.locator(`[data-testid="map-table"] tr[data-economy="${code}"]`);
    await expect(row.locator('td[data-key="first"]')).toHaveText(pct(china));
    await expect(row.locator('td[data-key="second"]')).toHaveText(pct(russia));
    await expect(row.locator('td[data-key="larger"]')).toHaveText(expected);
    // The shape is drawn (its path came from the shapes file) and painted in the legend's colour
    // for the larger partner.
    const shape = page.locator(`svg a[data-code="${code}"] use`);
    expect((await shape.boundingBox())?.width).toBeGreaterThan(2);
    const legendKey = expected === 'China' ? 'first' : 'second';
    const swatch = await page
      .locator(`[data-legend="${legendKey}"] .map-swatch`)
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const fill = await shape.evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe(swatch);
  }
});

test('the sentence counts the economies that report both, in the year and in 1995, from the file', async ({
  page,
}) => {
  const [now, then] = [countLarger(2017), countLarger(1995)];
  await openMap(page, '?year=2017');
  await expect(page.getByTestId('figure-summary')).toContainText(
    `In 2017 China’s share of an economy’s imports was larger than Russia’s in ${now.larger} of ${now.both} ` +
      `economies that report both; in 1995 in ${then.larger} of ${then.both}.`,
  );
});

test('opens on the latest year in the file, with no query string, and names China and Russia', async ({
  page,
}) => {
  const latest = Math.max(...[...imports.keys()].map((key) => Number(key.split('|')[1])));
  await openMap(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Where China’s share of imports is larger than Russia’s, ${latest}`,
  );
  await expect(page.getByTestId('map-year')).toHaveText(String(latest));
  await expect(
    page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'World map' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('invalid parameters fall back to the default with a notice naming them', async ({ page }) => {
  await openMap(page, '?partners=CHN&colouring=rainbow&year=1800');
  const notice = page.getByRole('status').or(page.locator('.url-notice'));
  for (const param of ['partners', 'colouring', 'year']) await expect(notice.first()).toContainText(param);
  await expect(page.locator('[data-testid="map-table"] thead')).toContainText('China share');
  const response = await page.request.get('/api/analyses/map/csv?partners=CHN,RUS,DEU');
  expect(response.status()).toBe(400);
});

test('every economy in the table is drawn or listed beside the map, and no aggregate is', async ({
  page,
}) => {
  await openMap(page, '?year=2017');
  const aggregateCodes = Papa.parse<{ code: string; kind: string }>(
    readFileSync('data/economies.csv', 'utf8'),
    {
      header: true,
      skipEmptyLines: true,
    },
  )
    .data.filter((r) => r.kind === 'aggregate')
    .map((r) => r.code);
  expect(aggregateCodes.length).toBeGreaterThan(10);
  const { missing, aggregates } = await page.evaluate((aggregateList) => {
    const codes = [...document.querySelectorAll('[data-testid="map-table"] tbody tr')].map((tr) =>
      tr.getAttribute('data-economy'),
    );
    const reachable = new Set(
      [...document.querySelectorAll('[data-code]')].map((el) => el.getAttribute('data-code')),
    );
    return {
      missing: codes.filter((code) => !reachable.has(code)),
      aggregates: [...document.querySelectorAll('[data-code], [data-economy]')]
        .map((el) => el.getAttribute('data-code') ?? el.getAttribute('data-economy'))
        .filter((code) => aggregateList.includes(code ?? '')),
    };
  }, aggregateCodes);
  expect(missing).toEqual([]);
  expect(aggregates).toEqual([]);
  await expect(page.getByTestId('map-not-drawn')).toContainText('Bahrain');
  // Shapes of places that do not report to IMF DOTS are drawn as no data, with the reason.
  await expect(page.locator('svg title', { hasText: 'Taiwan' })).toHaveText(/not a reporter in IMF DOTS/);
});

test('focus or hover on an economy shows both shares and the gap, and links to its dashboard', async ({
  page,
}) => {
  await openMap(page, '?year=2017');
  const mongolia = page.locator('svg a[data-code="MNG"]');
  await mongolia.focus();
  const details = page.getByTestId('map-details');
  await expect(details).toContainText(`China ${pct(share('MNG', 'CHN', 2017)!)}`);
  await expect(details).toContainText(`Russia ${pct(share('MNG', 'RUS', 2017)!)}`);
  await expect(details).toContainText('pp');
  await page.locator('svg a[data-code="BLR"] use').hover();
  await expect(details).toContainText('Belarus');
  await details.getByRole('link').click();
  await expect(page).toHaveURL(/reporter=BLR/);
  // China and Russia are the dashboard's default pair, so its address leaves them out; any other
  // pair is written.
  expect(new URL(page.url()).searchParams.get('partners') ?? 'CHN,RUS').toBe('CHN,RUS');
  expect(new URL(page.url()).searchParams.get('source')).toBe('dots');
  await openMap(page, '?partners=DEU,USA&year=2017');
  const href = await page.locator('svg a[data-code="MNG"]').getAttribute('href');
  expect(new URL(href!, page.url()).searchParams.get('partners')).toBe('DEU,USA');
});

test('the year stepper changes the year without a full reload', async ({ page }) => {
  await openMap(page, '?year=2017');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('link', { name: 'Next year, 2018' }).click();
  await expect(page.getByTestId('map-year')).toHaveText('2018');
  await expect(page).toHaveURL(/year=2018/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2018');
  const row = page.locator('[data-testid="map-table"] tr[data-economy="MNG"] td[data-key="first"]');
  await expect(row).toHaveText(pct(share('MNG', 'CHN', 2017 + 1) ?? NaN).replace('NaN %', '—'));
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('in the embed, the year stepper changes the title and the link to the full view with the map', async ({
  page,
}) => {
  await page.goto('/embed/map?year=2017');
  await expect(page.locator('.map-explorer')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('link', { name: 'Next year, 2018' }).click();
  await expect(page.getByTestId('map-year')).toHaveText('2018');
  await expect(page).toHaveURL(/\/embed\/map\?.*year=2018/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2018');
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('2017');
  await expect(page.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
    'href',
    '/map?year=2018',
  );
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1); // no full reload
});

test('the table sorts by any column, and says how it is sorted', async ({ page }) => {
  await openMap(page, '?year=2017');
  const gap = page.getByRole('button', { name: 'China − Russia' });
  await gap.click();
  await expect(page.locator('th', { has: gap })).toHaveAttribute('aria-sort', 'ascending');
  const values = await page
    .locator('[data-testid="map-table"] tbody td[data-key="gap"]')
    .evaluateAll((cells) =>
      cells
        .map((c) => c.getAttribute('data-value'))
        .filter((v) => v !== '')
        .map(Number),
    );
  expect(values).toEqual([...values].sort((a, b) => a - b));
});

test('colouring by the year China passed Russia has its own legend and sentence', async ({ page }) => {
  await openMap(page, '?colouring=passed');
  await expect(page.getByTestId('map-legend')).toContainText('passed Russia’s for good in');
  await expect(page.getByTestId('figure-summary')).toContainText('had passed Russia’s for good in');
});

// axe over every economy on the map, in the list and in the table takes a minute on a busy machine.
for (const query of ['', '?colouring=passed'])
  test(`axe finds no serious or critical violation (/map${query})`, async ({ page }) => {
    test.setTimeout(240_000);
    await openMap(page, query);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

test('at 375 px nothing scrolls sideways; in print the map and table show and the controls do not', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openMap(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath('phone.png'), fullPage: true });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('world-map')).toBeVisible();
  await expect(page.getByTestId('map-table')).toBeVisible();
  await expect(page.locator('.map-stepper')).toBeHidden();
  await expect(page.locator('.analysis-controls')).toBeHidden();
});

test('with JavaScript off the map, the sentence and the stepper’s links still work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await openMap(page, '?year=2017');
  await expect(page.getByTestId('figure-summary')).toContainText('In 2017');
  await page.getByRole('link', { name: 'Next year, 2018' }).click();
  await expect(page.getByTestId('figure-summary')).toContainText('In 2018');
  await context.close();
});

test('CSV with provenance on every row, SVG and PNG with legend, source and permalink, and an embed', async ({
  page,
  request,
}) => {
  const health = await (await request.get('/api/health')).json();
  const dots = (health.datasets as { source: string; sha256: string }[]).find((d) => d.source === 'dots')!;
  const csv = await request.get('/api/analyses/map/csv?year=2017');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const rows = Papa.parse<Record<string, string>>(await csv.text(), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.length).toBeGreaterThan(150);
  expect(rows.every((r) => r.source_sha256 === dots.sha256 && r.view_url.endsWith('/map?year=2017'))).toBe(
    true,
  );
  const mongolia = rows.find((r) => r.economy === 'MNG')!;
  expect(Number(mongolia.first_share)).toBeCloseTo(share('MNG', 'CHN', 2017)!, 6);
  expect(mongolia.larger).toBe('CHN');

  const svg = await (await request.get('/api/analyses/map/svg?year=2017')).text();
  for (const text of [
    'Where China’s share of imports is larger than Russia’s, 2017',
    'Russia’s share larger than China’s',
    'View: ',
    'Direction of Trade Statistics',
  ])
    expect(svg).toContain(text);
  const png = await request.get('/api/analyses/map/png?year=2017');
  expect(png.headers()['content-type']).toBe('image/png');

  await page.goto('/embed/map?year=2017');
  await expect(page.getByTestId('world-map')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
    'href',
    '/map?year=2017',
  );
  await page.goto('/map');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/api\/analyses\/map\/png/,
  );
});

test('the page draws its shapes from one file whose address names its content, kept a year', async ({
  page,
  request,
}) => {
  await openMap(page, '?year=2017');
  const href = await page.locator('svg a[data-code="KAZ"] use').getAttribute('href');
  const [file, id] = href!.split('#');
  const response = await request.get(file);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(await response.text()).toMatch(new RegExp(`<path id="${id}" d="M[0-9]`));
  // An address of another file (an older page's) is answered, but not kept.
  const other = await request.get('/map-shapes.svg?v=000000000000');
  expect(other.status()).toBe(200);
  expect(other.headers()['cache-control']).toBe('no-cache');
});
