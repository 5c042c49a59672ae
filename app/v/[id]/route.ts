// GET /v/<id> — a short link: 307 to the stored view (the dashboard or an analysis view), or 404 when the id is unknown.
import { NextResponse, type NextRequest } from 'next/server';
import { getSharedView } from '@/lib/data/shared-views';
import { storedViewPath } from '@/lib/view-state/permalink';

const ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

const UNKNOWN_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Unknown short link</title></head>
<body><main><h1>This short link is unknown</h1><p><a href="/">Open the dashboard</a></p></main></body>
</html>
`;

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const stored = ID_PATTERN.test(id) ? await getSharedView(id) : null;
  const location = stored === null ? null : storedViewPath(stored);
  if (location === null) {
    return new NextResponse(UNKNOWN_PAGE, {
      status: 404,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
  // A relative Location, resolved by the browser against the address it asked for: behind `next start`,
  // request.url names the server's own host (http://localhost:PORT), not the one the reader used.
  return new NextResponse(null, { status: 307, headers: { location } });
}
