import { describe, expect, it } from 'vitest';
import {
  freshNonce,
  PLACEHOLDER_NONCE_HEADER,
  placeholderNonce,
  requestedPlaceholderNonce,
} from './page-nonce';

describe('the placeholder nonce', () => {
  it('is used only when the request carries exactly the secret', () => {
    expect(requestedPlaceholderNonce(new Headers({ [PLACEHOLDER_NONCE_HEADER]: 'guessed' }))).toBeNull();
    const secret = placeholderNonce();
    expect(requestedPlaceholderNonce(new Headers({ [PLACEHOLDER_NONCE_HEADER]: secret }))).toBe(secret);
    expect(requestedPlaceholderNonce(new Headers())).toBeNull();
    expect(requestedPlaceholderNonce(new Headers({ [PLACEHOLDER_NONCE_HEADER]: 'guessed' }))).toBeNull();
  });

  it('fresh nonces are 128 random bits, never the same, the length of the placeholder', () => {
    const seen = new Set(Array.from({ length: 1000 }, freshNonce));
    expect(seen.size).toBe(1000);
    for (const nonce of seen) expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(placeholderNonce()).toMatch(/^[0-9a-f]{32}$/);
  });
});
