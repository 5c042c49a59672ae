import { describe, expect, it } from 'vitest';
import { requestOrigin } from './request-origin';

describe('requestOrigin', () => {
  it('uses the host the reader asked for', () => {
    expect(requestOrigin(new Headers({ host: '127.0.0.1:3101' }), 'http://localhost:3101')).toBe(
      'http://127.0.0.1:3101',
    );
  });
  it('prefers the forwarded host and protocol set by a proxy', () => {
    expect(
      requestOrigin(
        new Headers({
          host: 'internal:3000',
          'x-forwarded-host': 'trade.example.org',
          'x-forwarded-proto': 'https',
        }),
        'http://localhost:3000',
      ),
    ).toBe('https://trade.example.org');
  });
  it('falls back when the header is not a host name', () => {
    expect(requestOrigin(new Headers({ host: 'evil.example/"><script>' }), 'http://localhost:3000')).toBe(
      'http://localhost:3000',
    );
  });
});
