// The key the rate limit counts by. `next start` puts the socket's address in X-Forwarded-For
// when the request has none; a reverse proxy (nginx's $proxy_add_x_forwarded_for) appends the
// address it saw, so the rightmost entry is the one a client cannot choose when the app is behind
// one. Exposed directly, a client can send its own header: see docs/security.md.
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip') || 'unknown';
}
