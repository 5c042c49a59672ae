import { carriesPlaceholder, placeholderNonce } from './page-nonce';

// The front keeps every view response it may answer again (lib/serving/front-handler.ts), and says
// so to Next in the request it hands on, so that the result cache inside Next
// (lib/serving/versioned-response.ts) does not keep the same body a second time. Requests the front
// passes by without keeping (a cookie or credentials, an address too long to key) arrive without
// it, and their bodies are kept inside Next as before. The value is the front's per-process
// secret, the placeholder nonce (lib/serving/page-nonce.ts): a client cannot send it, and under
// plain `next start` (no front) there is none.
export const KEPT_BY_FRONT_HEADER = 'x-front-keeps-response';

/** For the front: the header's value. */
export const keptByFrontSecret = placeholderNonce;

/** For Next's side: whether the front will keep this request's response. */
export function keptByFront(headers: Headers): boolean {
  return carriesPlaceholder(headers, KEPT_BY_FRONT_HEADER);
}
