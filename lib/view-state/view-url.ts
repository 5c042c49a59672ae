import { dashboardQueryString, type DashboardState } from './dashboard-state';
import type { Flow } from './trade-terms';

// Every address of a view, built in one place from its canonical query string.

export type ChartImageFormat = 'svg' | 'png' | 'preview';

// "/?partners=CHN,TUR": the dashboard at this view, relative to the site.
export function viewPath(state: DashboardState): string {
  return `/${dashboardQueryString(state)}`;
}

// The same, absolute, for links that leave the site (CSV rows, images, link previews).
export function viewUrl(state: DashboardState, origin: string): string {
  return `${origin}${viewPath(state)}`;
}

// One panel of the view as an image: the view with that flow alone.
export function chartImagePath(format: ChartImageFormat, state: DashboardState, flow: Flow): string {
  return `/api/chart/${format}${dashboardQueryString({ ...state, flows: [flow] })}`;
}

// The whole view (every flow) as a link-preview card.
export function viewPreviewPath(state: DashboardState): string {
  return `/api/chart/preview${dashboardQueryString(state)}`;
}

// The view's numbers as CSV.
export function viewCsvPath(state: DashboardState): string {
  return `/api/series/csv${dashboardQueryString(state)}`;
}
