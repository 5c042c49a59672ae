import { describe, expect, it } from 'vitest';
import { hasMalformedPercentEncoding } from './path-encoding';

describe('hasMalformedPercentEncoding', () => {
  it.each(['/v/%FF', '/v/%', '/v/%C0%AE%C0%AE%2F', '/api/datasets/%FF/csv', '/api/chart/%FF', '/%E2%82'])(
    'flags %s',
    (path) => expect(hasMalformedPercentEncoding(path)).toBe(true),
  );

  it.each([
    '/',
    '/v/abc_-12',
    '/api/chart/svg',
    '/v/%41%42',
    '/embed',
    '/api/datasets/wits-KAZ/csv',
    '/%E2%82%AC',
  ])('accepts %s', (path) => expect(hasMalformedPercentEncoding(path)).toBe(false));
});
