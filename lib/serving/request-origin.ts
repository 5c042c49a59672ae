// The address the reader used, so links we hand back (view_url, preview images) open for them:
// behind `next start`, request.nextUrl.origin says "localhost" whatever the Host header was.
// A malformed header falls back to the given origin.
export function requestOrigin(headers: Headers, fallback: string): string {
  const first = (name: string) => headers.get(name)?.split(',')[0].trim();
  const host = first('x-forwarded-host') ?? first('host');
  const proto = first('x-forwarded-proto') ?? fallback.split(':')[0];
  if (!host || !/^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i.test(host) || !/^https?$/.test(proto))
    return fallback;
  return `${proto}://${host}`;
}
