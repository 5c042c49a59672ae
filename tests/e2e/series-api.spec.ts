import { expect, test } from '@playwright/test';
import type { SeriesResponse } from '../../lib/panel/series-types';

// The numbers the World Bank publishes for Kazakhstan (WITS Trade Summary, data/worldbank/en_KAZ_…),
// as quoted in the foundation issue: the API must give exactly these.
// A missing series or year fails the test here, rather than passing as "undefined is not null".
function point(body: SeriesResponse, partner: string, flow: string, year: number) {
  const found = body.series
    .find((s) => s.partner === partner && s.flow === flow)
    ?.points.find((p) => p.year === year);
  if (!found) throw new Error(`no ${partner} ${flow} point for ${year}`);
  return found;
}

test('the default series are WITS shares for China and Russia, imports and exports, 1995–2017', async ({
  request,
}) => {
  const response = await request.get('/api/series');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as SeriesResponse;
  expect(body.source?.publisher).toContain('World Bank');
  expect(body.series.map((s) => `${s.partner}-${s.flow}`).sort()).toEqual([
    'CHN-export',
    'CHN-import',
    'RUS-export',
    'RUS-import',
  ]);
  for (const series of body.series) {
    expect(series.points.map((p) => p.year)).toEqual(Array.from({ length: 23 }, (_, i) => 1995 + i));
    expect(series.unit).toBe('percent');
  }
  expect(point(body, 'CHN', 'export', 1995).value).toBe(5.43);
  expect(point(body, 'CHN', 'export', 2017).value).toBe(11.95);
  expect(point(body, 'CHN', 'import', 2017).value).toBe(15.86);
});

test("China's import share 1995–2001 is a gap with a reason, not a zero", async ({ request }) => {
  const body = (await (await request.get('/api/series?partners=CHN&flows=import')).json()) as SeriesResponse;
  for (let year = 1995; year <= 2001; year += 1) {
    const gap = point(body, 'CHN', 'import', year);
    expect(gap.value).toBeNull();
    expect(gap.reason).toMatch(/top five/);
  }
  expect(point(body, 'CHN', 'import', 2002).value).not.toBeNull();
});

test('IMF DOTS serves US$ values and derived shares, flagged as derived', async ({ request }) => {
  const values = (await (
    await request.get('/api/series?source=dots&measure=value&partners=CHN&flows=import&from=1995&to=1995')
  ).json()) as SeriesResponse;
  expect(values.source?.publisher).toContain('International Monetary Fund');
  expect(point(values, 'CHN', 'import', 1995).value).toBe(34.7);
  const shares = (await (
    await request.get('/api/series?source=dots&partners=CHN&flows=import&from=1995&to=1995')
  ).json()) as SeriesResponse;
  const share = point(shares, 'CHN', 'import', 1995);
  expect(share.value).toBeCloseTo((34.7 / 3806.9) * 100, 6);
  expect(share.flag).toBe('derived');
});

test('invalid parameters answer 400 naming each one, including an unknown partner code', async ({
  request,
}) => {
  const response = await request.get('/api/series?partners=CHN,ZZQ&from=19x5&source=comtrade');
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.issues.map((issue: { param: string }) => issue.param).sort()).toEqual([
    'from',
    'partners',
    'source',
  ]);
  expect(JSON.stringify(body.issues)).toContain('ZZQ');
});

test('health lists the loaded datasets', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe('ok');
  expect(body.datasets.map((d: { file: string }) => d.file)).toContain(
    'data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV',
  );
});
