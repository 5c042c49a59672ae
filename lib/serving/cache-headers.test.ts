import { describe, expect, it } from 'vitest';
import { etagMatches, isViewPage, notModifiedResponse, viewEtag } from './cache-headers';

describe('viewEtag', () => {
  it('is a quoted strong tag naming the data version', () => {
    expect(viewEtag('b1', 7, '/api/series?partners=CHN')).toMatch(/^"v7-[A-Za-z0-9_-]{22}"$/);
  });

  it('changes with the data version, the build and the representation', () => {
    const base = viewEtag('b1', 7, '/api/series?partners=CHN');
    expect(viewEtag('b1', 8, '/api/series?partners=CHN')).not.toBe(base);
    expect(viewEtag('b2', 7, '/api/series?partners=CHN')).not.toBe(base);
    expect(viewEtag('b1', 7, '/api/series?partners=RUS')).not.toBe(base);
    expect(viewEtag('b1', 7, '/api/series?partners=CHN')).toBe(base);
  });
});

describe('etagMatches', () => {
  const tag = '"v3-abc"';
  it('matches the tag itself, in a list, weakly prefixed, or *', () => {
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(`"other", ${tag}`, tag)).toBe(true);
    expect(etagMatches(`W/${tag}`, tag)).toBe(true);
    expect(etagMatches('*', tag)).toBe(true);
  });
  it('does not match another version or no header', () => {
    expect(etagMatches('"v2-abc"', tag)).toBe(false);
    expect(etagMatches(null, tag)).toBe(false);
    expect(etagMatches('', tag)).toBe(false);
  });
});

describe('notModifiedResponse', () => {
  it('is a bodiless 304 with only the validator and the caching rule', async () => {
    const response = notModifiedResponse('"v1-x"', 'private, no-cache');
    expect(response.status).toBe(304);
    expect([...response.headers.keys()].sort()).toEqual(['cache-control', 'etag']);
    expect(await response.text()).toBe('');
  });
});

describe('isViewPage', () => {
  it('covers the dashboard, its embed and every analysis view with its embed, nothing else', async () => {
    for (const path of ['/', '/embed', '/mirror', '/region', '/ranking', '/sources', '/embed/ranking'])
      expect(isViewPage(path), path).toBe(true);
    for (const path of ['/embed/', '/api/series', '/v/abc', '/mirror/x'])
      expect(isViewPage(path), path).toBe(false);
  });
});
