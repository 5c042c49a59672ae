import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// An A4 print of / is two pages (the charts, then the notes and claims flowing on; no blank third),
// and every printed view carries its permalink and the date. Pages are counted by pdfinfo when
// poppler-utils is installed, else from the PDF's page objects.
function pageCount(pdf: Buffer): number {
  try {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'print-')), 'view.pdf');
    writeFileSync(file, pdf);
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  } catch {
    return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  }
}

test('an A4 print of / is two pages', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pageCount(pdf)).toBe(2);
});

for (const path of ['/?from=2000', '/region', '/mirror', '/ranking', '/sources']) {
  test(`a print of ${path} carries its permalink and the date`, async ({ page, baseURL }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const stamp = page.getByTestId('print-stamp');
    await expect(stamp).toBeVisible();
    const today = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date());
    await expect(stamp).toContainText(today);
    const url = /This view: (\S+)/.exec((await stamp.textContent())!)![1];
    expect(url.startsWith(`${baseURL}${path.split('?')[0]}`)).toBe(true);
    if (path.includes('from=2000')) expect(url).toContain('from=2000');
    await page.emulateMedia({ media: 'screen' });
    await expect(stamp).toBeHidden();
  });
}
