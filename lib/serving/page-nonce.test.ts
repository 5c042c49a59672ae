import { describe, expect, it } from 'vitest';
import { freshNonce, nonceOf } from './page-nonce';
import { contentSecurityPolicy } from './security-headers';

describe('page nonces', () => {
  it('reads the nonce a policy names, and null when it names none', () => {
    const nonce = freshNonce();
    expect(nonceOf(contentSecurityPolicy(nonce, { frameable: false }))).toBe(nonce);
    expect(nonceOf("script-src 'self'")).toBeNull();
    expect(nonceOf(undefined)).toBeNull();
  });

  it('fresh nonces are 128 random bits, never the same', () => {
    const seen = new Set(Array.from({ length: 1000 }, freshNonce));
    expect(seen.size).toBe(1000);
    for (const nonce of seen) expect(nonce).toMatch(/^[0-9a-f]{32}$/);
  });
});
