import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows a burst of the per-minute number, then refuses with the seconds until the next token', () => {
    const take = createRateLimiter(30);
    const t0 = 1_000_000;
    for (let i = 0; i < 30; i += 1) expect(take('1.2.3.4', t0).allowed).toBe(true);
    const refused = take('1.2.3.4', t0);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 2 }); // one token per 2 s at 30/min
  });

  it('gives the next request back once a token has refilled', () => {
    const take = createRateLimiter(30);
    const t0 = 1_000_000;
    for (let i = 0; i < 30; i += 1) take('a', t0);
    expect(take('a', t0 + 1_999).allowed).toBe(false);
    expect(take('a', t0 + 2_000).allowed).toBe(true);
  });

  it('counts each client separately', () => {
    const take = createRateLimiter(1);
    expect(take('a', 0).allowed).toBe(true);
    expect(take('a', 0).allowed).toBe(false);
    expect(take('b', 0).allowed).toBe(true);
  });
});
