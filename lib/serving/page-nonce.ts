import { randomBytes } from 'node:crypto';

// A page stored by the front (lib/serving/) is rendered once with a placeholder nonce, and every
// response gets a fresh nonce in its place, in the CSP header and in every <script> alike: one
// render serves many readers, and no two readers see the same nonce (docs/serving.md).
//
// The placeholder is a random per-process secret that never leaves the server: each response
// replaces it. Only the front knows it and puts it in the request it hands to Next; the proxy
// (proxy.ts) uses it as the nonce only when the request carries exactly that secret, so a client
// cannot choose its own nonce, and under plain `next start` (no front) there is no secret at all.
export const PLACEHOLDER_NONCE_HEADER = 'x-front-placeholder-nonce';

const slot = Symbol.for('trade-dashboard.placeholder-nonce');
const holder = globalThis as unknown as { [slot]?: string };

/** A fresh nonce: 128 random bits, hex (a subset of CSP's base64-value, escaped nowhere). */
export function freshNonce(): string {
  return randomBytes(16).toString('hex');
}

/** The front's placeholder, made on first use in this process. */
export function placeholderNonce(): string {
  holder[slot] ??= freshNonce();
  return holder[slot];
}

/** Whether a request header holds the placeholder: only the front can have put it there. */
export function carriesPlaceholder(headers: Headers, name: string): boolean {
  const secret = holder[slot];
  return secret !== undefined && headers.get(name) === secret;
}

/** For the proxy: the placeholder when the front asked for it, else null. */
export function requestedPlaceholderNonce(headers: Headers): string | null {
  return carriesPlaceholder(headers, PLACEHOLDER_NONCE_HEADER) ? placeholderNonce() : null;
}
