// GET /api/catalog — every economy, and for each source the reporters it covers and each reporter's partners with data.
import { NextResponse } from 'next/server';
import { withDataVersion } from '@/lib/data/cached-by-version';
import { getCatalog } from '@/lib/data/get-catalog';
import { versionedResponse } from '@/lib/http/versioned-response';

export async function GET(request: Request) {
  return withDataVersion((version) =>
    versionedResponse(request, { version, key: '/api/catalog' }, async () =>
      NextResponse.json(await getCatalog()),
    ),
  );
}
