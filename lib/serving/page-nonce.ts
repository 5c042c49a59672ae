import { randomBytes } from 'node:crypto';

// A page stored by the front (lib/serving/) is rendered once with the fresh nonce the proxy gave
// that render, and every response gets a fresh nonce in its place, in the CSP header and in every
// <script> alike: one render serves many readers, and no two readers see the same nonce
// (docs/serving.md). The front learns the render's nonce from the page's own
// Content-Security-Policy header: nothing secret passes between the front and the proxy.

/** A fresh nonce: 128 random bits, hex (a subset of CSP's base64-value, escaped nowhere). */
export function freshNonce(): string {
  return randomBytes(16).toString('hex');
}

/** The nonce a Content-Security-Policy names ('nonce-…'), or null when it names none. */
export function nonceOf(policy: string | undefined): string | null {
  return /'nonce-([0-9a-f]{32})'/.exec(policy ?? '')?.[1] ?? null;
}
