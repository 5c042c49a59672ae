import 'server-only';
import type { NextRequest } from 'next/server';
import { BUILD_ID } from './build-id';
import { dashboardQueryString, parseDashboardState } from '../view-state/dashboard-state';
import { getStateContext } from '../data/get-state-context';
import { isDashboardPage, isViewPage, viewEtag } from './cache-headers';
import { publicOrigin } from './public-origin';

// The ETag of a view page (lib/serving/cache-headers.ts) at `version` as a browser asks for it, or
// null for anything else (other paths, and React's own navigation and prefetch requests, whose
// bodies differ). The dashboard's query is canonical; an address with invalid parameters renders a
// notice quoting them, so its raw query is part of the key, as it is for the analysis pages.
export async function pageEtag(request: NextRequest, version: number): Promise<string | null> {
  const { pathname, searchParams, search } = request.nextUrl;
  if (request.method !== 'GET' || !isViewPage(pathname)) return null;
  if (request.headers.has('rsc') || request.headers.has('next-router-prefetch') || searchParams.has('_rsc'))
    return null;
  if (!isDashboardPage(pathname))
    return viewEtag(BUILD_ID, version, `page:${publicOrigin()}${pathname}#raw:${search}`);
  const { state, issues } = parseDashboardState(searchParams, await getStateContext());
  const invalid = issues.length > 0 ? `#invalid:${search}` : '';
  return viewEtag(
    BUILD_ID,
    version,
    `page:${publicOrigin()}${pathname}${dashboardQueryString(state)}${invalid}`,
  );
}
