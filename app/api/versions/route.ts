// GET /api/versions — every data version, newest first: when, the files and checksums loaded, and per dataset what changed.
import { NextResponse } from 'next/server';
import { getVersions } from '@/lib/data/get-versions';

export const dynamic = 'force-dynamic';

export async function GET() {
  const versions = await getVersions();
  return NextResponse.json({ current: versions[0]?.id ?? 0, versions });
}
