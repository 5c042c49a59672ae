import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { openDashboard } from './helpers';

// A view's brief read as its reader's software reads it: the PDF by poppler (pdfinfo, pdftotext,
// pdffonts, pdftoppm) with its QR code decoded by zbarimg, the workbook opened by exceljs, the
// BibTeX by a BibTeX parser. Expected numbers come from the data files, not from the code.

const WITS_KAZ = 'data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV';

// The share WITS publishes for Kazakhstan's imports from China in a year, as printed in the file.
function witsShare(partner: string, flow: 'Import' | 'Export', year: number): string {
  const rows = Papa.parse<Record<string, string>>(readFileSync(WITS_KAZ, 'utf8'), { header: true }).data;
  const row = rows.find(
    (r) =>
      r.Partner === partner && r['Indicator Type'] === flow && r.Indicator?.startsWith('Partner share(%)'),
  );
  if (!row) throw new Error(`no ${partner} ${flow} share row in ${WITS_KAZ}`);
  return Number(row[String(year)]).toFixed(2);
}

// The BibTeX parser ships as an ES module only, which Playwright's loader cannot require: it runs in
// a node process of its own, as a reference manager would read the file.
function parseBibtex(bibtex: string) {
  const script =
    "import { parse } from '@retorquere/bibtex-parser'; import { readFileSync } from 'node:fs';" +
    'process.stdout.write(JSON.stringify(parse(readFileSync(0, "utf8"), { english: false })));';
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    input: bibtex,
    encoding: 'utf8',
  });
  return JSON.parse(out) as {
    errors: unknown[];
    entries: { type: string; fields: Record<string, unknown> }[];
  };
}

const work = mkdtempSync(path.join(tmpdir(), 'briefs-'));
const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: 'utf8' });

async function download(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return { response, body: await response.body() };
}

async function savedPdf(request: APIRequestContext, url: string) {
  const { response, body } = await download(request, url);
  const file = path.join(work, `${path.basename(new URL(url, 'http://x').pathname)}-${body.length}.pdf`);
  writeFileSync(file, body);
  return { response, file, text: tool('pdftotext', '-layout', file, '-'), info: tool('pdfinfo', file) };
}

const citationOf = async (request: APIRequestContext, url: string) =>
  (await (await download(request, url)).response.json()) as {
    apa: string;
    bibtex: string;
    ris: string;
    permalink: string;
  };

test('the dashboard’s PDF brief is one A4 page with its title, a value from the file, and its permalink as text and QR', async ({
  request,
}) => {
  const { response, file, text, info } = await savedPdf(request, '/api/brief/pdf');
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toBe(
    'attachment; filename="kazakhstan-china-russia-import-export-share-1995-2017.pdf"',
  );
  expect(response.headers()['etag']).toMatch(/^"v\d+-/);
  expect(response.headers()['cache-control']).toMatch(/^public, .*s-maxage=/);

  expect(info).toMatch(/^Pages:\s+1$/m);
  const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number);
  expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
  expect(info).toMatch(/^Title:\s+China and Russia: share of Kazakhstan’s imports and exports, 1995–2017$/m);
  expect(info).toMatch(/^Keywords:\s+.*data version \d+/m);
  expect(info).toMatch(/^Subject:\s+\S/m);

  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('China and Russia: share of Kazakhstan’s imports and exports, 1995–2017');
  expect(flat).toContain(`${witsShare('China', 'Import', 2017)} %`); // in the generated sentence
  expect(flat).toContain('en_KAZ_AllYears_WITS_Trade_Summary.CSV');
  expect(flat).toMatch(/SHA-256 [0-9a-f]{64}/);
  const { permalink } = await citationOf(request, '/api/brief/cite');
  expect(permalink).toMatch(/\/v\/[A-Za-z0-9_-]+$/);
  expect(flat).toContain(permalink);

  // Every font embedded (a subset of Geist), none of the PDF's unembedded standard fonts.
  const fonts = tool('pdffonts', file).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line).toMatch(/Geist.*\byes\b/);

  // The QR code, rasterised as a printer would, reads back as the permalink.
  const png = path.join(work, 'dashboard');
  tool('pdftoppm', '-r', '200', '-png', '-singlefile', file, png);
  expect(tool('zbarimg', '--quiet', '--raw', `${png}.png`).trim()).toBe(permalink);

  // The permalink opens this view, with the data version it names.
  const opened = await request.get(permalink, { maxRedirects: 0 });
  expect(opened.status()).toBe(307);
  expect(opened.headers()['location']).toMatch(/^\/\?v=\d+$/);
});

test('every analysis view, the map and the profile included, has a one-page PDF brief whose permalink opens it, read by the same parser as its page', async ({
  request,
}) => {
  test.setTimeout(90_000); // six views' PDFs, each made, saved and read back
  for (const view of ['mirror', 'region', 'ranking', 'sources', 'map', 'profile']) {
    const { text, info } = await savedPdf(request, `/api/brief/pdf/${view}`);
    expect(info, view).toMatch(/^Pages:\s+1$/m);
    const title = /^Title:\s+(.+)$/m.exec(info)![1];
    expect(text.replace(/\s+/g, ' '), view).toContain(title.split(',')[0]);
    const { permalink } = await citationOf(request, `/api/brief/cite/${view}`);
    expect(text.replace(/\s+/g, ''), view).toContain(permalink);
    const opened = await request.get(permalink, { maxRedirects: 0 });
    // The map names its year (its default is the latest the data has), the others only v=.
    expect(opened.headers()['location']).toMatch(new RegExp(`^/${view}\\?(year=\\d+&)?v=\\d+$`));
  }
  // A view's own parameters, read by the view's parser: the brief names the economy asked for.
  const uzbekistan = await savedPdf(request, '/api/brief/pdf/ranking?reporter=UZB&year=2010');
  expect(uzbekistan.info).toMatch(
    /^Title:\s+Uzbekistan’s partners ranked by share of imports, 2010 against 1995$/m,
  );
});

// The CSV's cells as text, the workbook's as the CSV would write them.
const csvText = (value: ExcelJS.CellValue) => (value === null || value === undefined ? '' : String(value));

for (const [name, csvUrl, xlsxUrl] of [
  ['the dashboard', '/api/series/csv?partners=CHN,RUS,TUR', '/api/brief/xlsx?partners=CHN,RUS,TUR'],
  ['the mirror view', '/api/analyses/mirror/csv', '/api/brief/xlsx/mirror'],
  ['the ranking', '/api/analyses/ranking/csv?reporter=KGZ', '/api/brief/xlsx/ranking?reporter=KGZ'],
] as const) {
  test(`${name}’s workbook: its Data sheet equals its CSV cell by cell, with Notes, Sources and About`, async ({
    request,
  }) => {
    const csv = Papa.parse<string[]>(
      (await (await download(request, csvUrl)).response.text()).replace(/^\uFEFF/, ''),
      {
        skipEmptyLines: true,
      },
    );
    expect(csv.errors).toEqual([]);
    const { response, body } = await download(request, xlsxUrl);
    expect(response.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.xlsx"$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Data', 'Notes', 'Sources', 'About']);

    const data = book.getWorksheet('Data')!;
    expect(data.rowCount).toBe(csv.data.length);
    csv.data.forEach((cells, r) => {
      const row = data.getRow(r + 1);
      const values = cells.map((_, c) => csvText(row.getCell(c + 1).value));
      expect(values, `row ${r + 1}`).toEqual(cells);
      if (r > 0)
        cells.forEach((cell, c) => {
          // A number is stored as a number, with a number format; a gap is an empty cell.
          if (cell !== '' && !Number.isNaN(Number(cell)) && /^-?[\d.]+$/.test(cell)) {
            expect(typeof row.getCell(c + 1).value, `${csv.data[0][c]} in row ${r + 1}`).toBe('number');
            expect(row.getCell(c + 1).numFmt).toBeTruthy();
          }
          if (cell === '') expect(row.getCell(c + 1).value).toBeNull();
        });
    });
    if (csvUrl.startsWith('/api/series/csv')) {
      // A gap in the dashboard's values: an empty cell, its reason in the next column.
      const header = csv.data[0];
      const value = header.indexOf('value');
      expect(header[value + 1]).toBe('gap_reason');
      const gaps = csv.data.slice(1).filter((cells) => cells[value] === '');
      expect(gaps.length).toBeGreaterThan(0);
      for (const cells of gaps) expect(cells[value + 1]).not.toBe('');
    }
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.autoFilter).toBeTruthy();

    const sources = book.getWorksheet('Sources')!;
    expect(sources.getRow(1).values).toEqual([
      undefined,
      'file',
      'sha256',
      'address',
      'loaded_at',
      'data_version',
      'publisher',
      'indicator',
    ]);
    expect(String(sources.getRow(2).getCell(2).value)).toMatch(/^[0-9a-f]{64}$/);
    const about = book.getWorksheet('About')!;
    const aboutRows = new Map<string, string>();
    about.eachRow((row) => aboutRows.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    const cite = await citationOf(request, xlsxUrl.replace('/xlsx', '/cite'));
    expect(aboutRows.get('Citation (APA)')).toBe(cite.apa);
    expect(aboutRows.get('Citation (BibTeX)')).toBe(cite.bibtex);
    expect(aboutRows.get('Permalink')).toBe(cite.permalink);
  });
}

test('the citation parses as BibTeX and RIS, and names the sources, the data version and the permalink', async ({
  request,
}) => {
  const cite = await citationOf(request, '/api/brief/cite/sources');
  const parsed = parseBibtex(cite.bibtex);
  expect(parsed.errors).toEqual([]);
  expect(parsed.entries).toHaveLength(1);
  const [entry] = parsed.entries;
  expect(entry.type).toBe('misc');
  expect(entry.fields.title).toBe(
    'China and Russia in Kazakhstan’s imports and exports: World Bank WITS against IMF DOTS, 1995–2017',
  );
  expect(entry.fields.url).toBe(cite.permalink);
  expect(entry.fields.note).toMatch(/Data version \d+ of \d{4}-\d{2}-\d{2}\./);
  expect(entry.fields.note).toContain('World Integrated Trade Solution (WITS)');
  expect(entry.fields.note).toContain('Direction of Trade Statistics (DOTS)');
  expect(cite.apa).toContain(cite.permalink);
  expect(cite.apa).toMatch(/\[Data set\]/);
  const ris = cite.ris.split('\r\n');
  expect(ris[0]).toBe('TY  - DATA');
  expect(ris).toContain(`UR  - ${cite.permalink}`);
  expect(ris.at(-2)).toBe('ER  - ');
});

test('briefs are views: a strong ETag by data version and view, 304 on revalidation; bad input is 4xx', async ({
  request,
}) => {
  const first = await request.get('/api/brief/xlsx/region?flow=import');
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"v\d+-/);
  const again = await request.get('/api/brief/xlsx/region?flow=import', {
    headers: { 'if-none-match': etag },
  });
  expect(again.status()).toBe(304);
  const other = await request.get('/api/brief/xlsx/region?flow=export');
  expect(other.headers()['etag']).not.toBe(etag);

  expect((await request.get('/api/brief/pdf/nowhere')).status()).toBe(404);
  expect((await request.get('/api/brief/docx')).status()).toBe(404);
  expect((await request.get('/api/brief/pdf/mirror/extra')).status()).toBe(404);
  const invalid = await request.get('/api/brief/pdf?partners=<script>&from=1800');
  expect(invalid.status()).toBe(400);
  expect(await invalid.text()).toContain('partners');
  expect((await request.get(`/api/brief/xlsx/ranking?year=${'9'.repeat(400)}`)).status()).toBe(400);
});

test('the Download menu offers the brief and the workbook, and “Cite this view” copies its citation', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '?partners=CHN,KOR');
  const group = page.getByRole('group', { name: 'Brief, workbook and citation' });
  await expect(group.getByRole('link', { name: 'PDF brief (one page)' })).toHaveAttribute(
    'href',
    '/api/brief/pdf?partners=CHN%2CKOR',
  );
  await expect(group.getByRole('link', { name: 'Excel workbook' })).toHaveAttribute(
    'href',
    '/api/brief/xlsx?partners=CHN%2CKOR',
  );
  await group.getByText('Cite this view').click();
  const apa = group.locator('pre[data-cite="apa"]');
  await expect(apa).toContainText('China and Korea, Rep.');
  await expect(apa).toContainText('[Data set]');
  await group.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(group.getByRole('status')).toHaveText('BibTeX citation copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await group.locator('pre[data-cite="bibtex"]').textContent());
  const axe = await new AxeBuilder({ page }).include('.view-brief').analyze();
  expect(axe.violations).toEqual([]);

  await page.goto('/mirror?reporter=KGZ');
  const onMirror = page.getByRole('group', { name: 'Brief, workbook and citation' });
  await expect(onMirror.getByRole('link', { name: 'PDF brief (one page)' })).toHaveAttribute(
    'href',
    '/api/brief/pdf/mirror?reporter=KGZ',
  );
});
