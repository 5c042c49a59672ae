// GET /api/health — 200 with the loaded datasets, or 503 when the database cannot be read.
import { NextResponse } from 'next/server';
import { getDatasets } from '@/lib/data/get-datasets';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const datasets = await getDatasets();
    if (datasets.length === 0) return NextResponse.json({ status: 'empty', datasets }, { status: 503 });
    return NextResponse.json({ status: 'ok', datasets });
  } catch (error) {
    console.error('health: database unreadable', error);
    return NextResponse.json(
      { status: 'unavailable', error: 'The database cannot be read.' },
      { status: 503 },
    );
  }
}
