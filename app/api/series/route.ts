// GET /api/series — the series for a view (see lib/dashboard-state.ts for the parameters); 400 lists invalid ones.
import { NextResponse, type NextRequest } from 'next/server';
import { parseDashboardState } from '@/lib/dashboard-state';
import { getSeries } from '@/lib/data/get-series';
import { getStateContext } from '@/lib/data/get-state-context';

export async function GET(request: NextRequest) {
  const { state, issues } = parseDashboardState(request.nextUrl.searchParams, await getStateContext());
  if (issues.length > 0)
    return NextResponse.json({ error: 'Invalid query parameters', issues }, { status: 400 });
  return NextResponse.json(await getSeries(state));
}
