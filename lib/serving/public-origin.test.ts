import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

it('is PUBLIC_ORIGIN without a trailing slash, else localhost on the port served', async () => {
  vi.stubEnv('PUBLIC_ORIGIN', 'https://trade.example.org/');
  expect((await import('./public-origin')).publicOrigin()).toBe('https://trade.example.org');
  vi.resetModules();
  vi.stubEnv('PUBLIC_ORIGIN', '');
  vi.stubEnv('PORT', '3301');
  expect((await import('./public-origin')).publicOrigin()).toBe('http://localhost:3301');
});
