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

// Opens the dashboard and waits until React has taken over, so controls respond to clicks.
export async function openDashboard(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.locator('.dashboard[data-hydrated="true"]')).toBeVisible();
}
