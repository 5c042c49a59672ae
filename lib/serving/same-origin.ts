// Whether a browser sent this request from another site. Browsers send Sec-Fetch-Site and Origin
// with every POST; a request with neither comes from a non-browser client (curl, a script), which
// is no cross-site forgery and is let through.
export function isCrossSiteRequest(headers: Headers): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0].trim() ?? headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage
  }
}
