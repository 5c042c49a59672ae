import { expect, test } from '@playwright/test';
import { openDashboard } from './helpers';
import { firstYearChinaAbove } from './wits-file';

// The headline and the link preview say what both flows show, computed from the WITS file here:
// China passed Russia in Kazakhstan's exports (in the first year its share was above), and has not
// in its imports, where Russia still leads.
test('the headline says what each flow shows, never that China caught up in imports', async ({ page }) => {
  const exportsYear = firstYearChinaAbove('Export');
  expect(exportsYear).not.toBeNull();
  expect(firstYearChinaAbove('Import')).toBeNull();
  await openDashboard(page);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(
    `China passed Russia in Kazakhstan’s exports in ${exportsYear}; Russia still leads in its imports`,
  );
  await expect(heading).not.toContainText('caught up');
});

test('the link preview for / says the same, and its card shows both flows', async ({ request }) => {
  const exportsYear = firstYearChinaAbove('Export');
  const html = await (await request.get('/')).text();
  const meta = (property: string) =>
    new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`)
      .exec(html)?.[1]
      .replace(/&#x27;/g, '’');
  const finding = `China passed Russia in Kazakhstan’s exports in ${exportsYear}; Russia still leads in its imports`;
  expect(meta('og:description')).toContain(finding);
  expect(meta('og:image:alt')).toContain(finding);
  const image = meta('og:image')!;
  const url = new URL(image);
  expect(url.searchParams.get('flows')).toBeNull(); // both flows, the page's default
  const card = await request.get(url.pathname + url.search);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
  // the card's text (its file name) is the headline
  expect(card.headers()['content-disposition']).toContain('china-passed-russia');
});
