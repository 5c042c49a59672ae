import { describe, expect, it } from 'vitest';
import { readShareLimits } from './share-limits';

describe('readShareLimits', () => {
  it('defaults to 30 short links a minute per client and 100,000 stored views', () => {
    expect(readShareLimits({})).toEqual({ perClientPerMinute: 30, maxStoredViews: 100_000 });
  });

  it('reads both limits from the environment', () => {
    const env = { SHARE_RATE_LIMIT_PER_MINUTE: '5', SHARED_VIEWS_MAX: '2000' };
    expect(readShareLimits(env)).toEqual({ perClientPerMinute: 5, maxStoredViews: 2000 });
  });

  it('refuses a limit that is not a positive integer instead of lifting it', () => {
    expect(() => readShareLimits({ SHARED_VIEWS_MAX: '0' })).toThrow();
    expect(() => readShareLimits({ SHARE_RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow();
  });
});
