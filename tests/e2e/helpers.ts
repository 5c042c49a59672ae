import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { SeriesResponse } from '../../lib/panel/series-types';

export async function fetchSeries(request: APIRequestContext, query = ''): Promise<SeriesResponse> {
  const response = await request.get(`/api/series${query}`);
  if (!response.ok()) throw new Error(`/api/series${query} answered ${response.status()}`);
  return response.json();
}

export function seriesOf(body: SeriesResponse, partner: string, flow: string) {
  const series = body.series.find((s) => s.partner === partner && s.flow === flow);
  if (!series) throw new Error(`no ${partner} ${flow} series`);
  return series;
}

// Opens the dashboard and waits until React has taken over, so controls respond to clicks; then
// unfolds the view settings (folded under "Change the view" so the chart comes first), as a reader
// would — unless the spec watches what happens before the reader's first interaction.
export async function openDashboard(page: Page, query = '', { unfold = true } = {}) {
  await page.goto(`/${query}`);
  await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
  if (unfold) await openViewSettings(page);
}

export async function openViewSettings(page: Page) {
  const settings = page.getByTestId('view-settings');
  if ((await settings.getAttribute('open')) === null) await settings.locator('summary').click();
  await expect(settings).toHaveAttribute('open', '');
}
