import { randomBytes } from 'node:crypto';

// The front keeps every view response it may answer again (lib/front/front-handler.ts), and says
// so to Next in the request it hands on, so that the result cache inside Next
// (lib/http/versioned-response.ts) does not keep the same body a second time. Requests the front
// passes by without keeping (a cookie or credentials, an address too long to key) arrive without
// it, and their bodies are kept inside Next as before. The value is a per-process secret, as the
// placeholder nonce is (lib/front/page-nonce.ts): a client cannot send it, and under plain
// `next start` (no front) there is none.
export const KEPT_BY_FRONT_HEADER = 'x-front-keeps-response';

const slot = Symbol.for('trade-dashboard.kept-by-front');
const holder = globalThis as unknown as { [slot]?: string };

/** For the front: the header's value, made on first use in this process. */
export function keptByFrontSecret(): string {
  holder[slot] ??= randomBytes(16).toString('hex');
  return holder[slot];
}

/** For Next's side: whether the front will keep this request's response. */
export function keptByFront(headers: Headers): boolean {
  const secret = holder[slot];
  return secret !== undefined && headers.get(KEPT_BY_FRONT_HEADER) === secret;
}
