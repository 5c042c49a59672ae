// GET /api/series — the series for a view (see lib/view-state/dashboard-state.ts for the parameters); 400 lists invalid ones.
import { NextResponse } from 'next/server';
import { getSeries } from '@/lib/data/get-series';
import { withView } from '@/lib/serving/with-view';

export const GET = withView('json', async ({ state }) => NextResponse.json(await getSeries(state)));
