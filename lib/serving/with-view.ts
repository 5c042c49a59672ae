import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import {
  dashboardQueryString,
  parseDashboardState,
  type DashboardState,
} from '../view-state/dashboard-state';
import { getStateContext } from '../data/get-state-context';
import { publicOrigin } from './public-origin';
import { invalidParamsResponse } from './invalid-params-response';
import { respondWithDataVersion, versionedResponse } from './versioned-response';

// Every view route starts the same way: read the address with the one parser, and answer 400 with
// the list of invalid parameters instead of serving a view the reader did not ask for. A valid
// view is then a pure function of (data version, canonical view): ETag and 304 come from
// lib/serving/versioned-response.ts.

export type InvalidViewFormat = 'json' | 'text'; // json for the API, plain text for downloads

export type ViewRequest = { state: DashboardState; origin: string };

export async function parseViewOr400(
  params: URLSearchParams,
  format: InvalidViewFormat,
): Promise<DashboardState | Response> {
  const { state, issues } = parseDashboardState(params, await getStateContext());
  if (issues.length === 0) return state;
  return format === 'json'
    ? NextResponse.json({ error: 'Invalid query parameters', issues }, { status: 400 })
    : invalidParamsResponse(issues);
}

// Wraps a GET handler: it runs only for a valid view whose bytes the reader does not already
// hold, and gets the public origin for the links it hands back.
export function withView<Context>(
  format: InvalidViewFormat,
  handler: (view: ViewRequest, request: NextRequest, context: Context) => Promise<Response>,
) {
  return (request: NextRequest, context: Context): Promise<Response> =>
    respondWithDataVersion(request, async (version) => {
      const state = await parseViewOr400(request.nextUrl.searchParams, format);
      if (state instanceof Response) return state;
      const origin = publicOrigin();
      const key = `${origin}${request.nextUrl.pathname}${dashboardQueryString(state)}`;
      return versionedResponse(request, { version, key }, () => handler({ state, origin }, request, context));
    });
}
