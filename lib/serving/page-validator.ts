import 'server-only';
import type { NextRequest } from 'next/server';
import { BUILD_ID } from './build-id';
import { dashboardQueryString, parseDashboardState } from '../view-state/dashboard-state';
import { getDataVersion } from '../data/get-data-version';
import { getStateContext } from '../data/get-state-context';
import { requestOrigin } from './request-origin';
import { viewEtag } from './cache-headers';

// The pages that are a pure function of (build, data version, origin, canonical view).
const VIEW_PAGES = new Set(['/', '/embed']);

// The ETag of a dashboard or embed page as a browser asks for it, or null for anything else
// (other paths, and React's own navigation and prefetch requests, whose bodies differ). An address
// with invalid parameters renders a notice quoting them, so its raw query is part of the key.
export async function pageEtag(request: NextRequest): Promise<string | null> {
  const { pathname, searchParams, search } = request.nextUrl;
  if (request.method !== 'GET' || !VIEW_PAGES.has(pathname)) return null;
  if (request.headers.has('rsc') || request.headers.has('next-router-prefetch') || searchParams.has('_rsc'))
    return null;
  const version = await getDataVersion();
  const { state, issues } = parseDashboardState(searchParams, await getStateContext());
  const origin = requestOrigin(request.headers, request.nextUrl.origin);
  const invalid = issues.length > 0 ? `#invalid:${search}` : '';
  return viewEtag(BUILD_ID, version, `page:${origin}${pathname}${dashboardQueryString(state)}${invalid}`);
}
