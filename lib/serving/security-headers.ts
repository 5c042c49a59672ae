// Headers every response carries (set by proxy.ts). See docs/security.md for why each is there.

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
};

// /embed exists to be framed by any site; everything else only by the dashboard itself.
export function isFrameable(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * The Content-Security-Policy for one response. Scripts run only with this request's nonce
 * (Next adds it to its own scripts when it finds it in the request's CSP header); 'strict-dynamic'
 * lets those scripts load the app's chunks. Styles allow 'unsafe-inline' because Recharts and
 * React set style attributes, which a nonce cannot cover.
 */
export function contentSecurityPolicy(
  nonce: string,
  { frameable = false, development = false } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? '*' : "'self'"}`,
  ].join('; ');
}
