import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from './same-origin';

const headers = (entries: Record<string, string>) => new Headers({ host: 'trade.example:3000', ...entries });

describe('isCrossSiteRequest', () => {
  it('lets the dashboard itself through', () => {
    expect(
      isCrossSiteRequest(headers({ origin: 'http://trade.example:3000', 'sec-fetch-site': 'same-origin' })),
    ).toBe(false);
  });

  it('refuses another site, by Sec-Fetch-Site or by Origin', () => {
    expect(isCrossSiteRequest(headers({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ 'sec-fetch-site': 'same-site' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteRequest(headers({ origin: 'null' }))).toBe(true);
  });

  it('compares with the host the reader used behind a reverse proxy', () => {
    const proxied = headers({ origin: 'https://trade.example', 'x-forwarded-host': 'trade.example' });
    expect(isCrossSiteRequest(proxied)).toBe(false);
  });

  it('lets a non-browser client, which sends neither header, through', () => {
    expect(isCrossSiteRequest(headers({}))).toBe(false);
  });
});
