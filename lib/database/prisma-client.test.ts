import { describe, expect, it } from 'vitest';
import { retryRead } from './prisma-client';
import { DatabaseUnavailable } from './read-context';

// A query that loses its connection `lost` times before it answers.
const failing = (lost: number) => {
  let calls = 0;
  return {
    calls: () => calls,
    query: async () => {
      calls += 1;
      if (calls <= lost) throw new Error('terminating connection due to administrator command');
      return 'rows';
    },
  };
};

describe('a read whose pooled connection the server ended', () => {
  it('is tried again on another connection, more than once (the pool may hold several dead ones)', async () => {
    const read = failing(2);
    expect(await retryRead({ operation: 'findMany', args: {}, query: read.query })).toBe('rows');
    expect(read.calls()).toBe(3);
  });

  it('fails as DatabaseUnavailable (503), not a 500, when every attempt lost its connection', async () => {
    const read = failing(100);
    await expect(retryRead({ operation: 'findMany', args: {}, query: read.query })).rejects.toBeInstanceOf(
      DatabaseUnavailable,
    );
  });

  it('never retries a write: it may have committed', async () => {
    const write = failing(1);
    await expect(retryRead({ operation: 'create', args: {}, query: write.query })).rejects.toThrow(
      /terminating/,
    );
    expect(write.calls()).toBe(1);
  });
});
