import { describe, expect, it } from 'vitest';
import { KEPT_BY_FRONT_HEADER, keptByFrontSecret } from './kept-by-front';
import { versionedResponse } from './versioned-response';

// The result cache keeps a view's body for the next reader, unless the front in front of Next
// keeps it already (scripts/serve.ts): then each reader the front sends on is produced afresh.
describe('versionedResponse', () => {
  const produceCounting = (count: { n: number }) => async () => {
    count.n += 1;
    return new Response(`body ${count.n}`, { headers: { 'content-type': 'text/plain' } });
  };

  it('produces a view once and answers the next reader with the same bytes and ETag', async () => {
    const count = { n: 0 };
    const view = { version: 1, key: `test:${Math.random()}` };
    const first = await versionedResponse(new Request('http://x/a'), view, produceCounting(count));
    const again = await versionedResponse(new Request('http://x/a'), view, produceCounting(count));
    expect(await again.text()).toBe(await first.text());
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(count.n).toBe(1);
  });

  it('keeps no body the front keeps, but concurrent readers still share one computation', async () => {
    const count = { n: 0 };
    const view = { version: 1, key: `test:${Math.random()}` };
    const fromFront = () =>
      new Request('http://x/a', { headers: { [KEPT_BY_FRONT_HEADER]: keptByFrontSecret() } });
    const [a, b] = await Promise.all([
      versionedResponse(fromFront(), view, produceCounting(count)),
      versionedResponse(fromFront(), view, produceCounting(count)),
    ]);
    expect([await a.text(), await b.text()]).toEqual(['body 1', 'body 1']);
    await versionedResponse(fromFront(), view, produceCounting(count));
    expect(count.n).toBe(2);
  });

  it('does not take a forged header for the front', async () => {
    const count = { n: 0 };
    const view = { version: 1, key: `test:${Math.random()}` };
    const forged = () => new Request('http://x/a', { headers: { [KEPT_BY_FRONT_HEADER]: 'yes' } });
    await versionedResponse(forged(), view, produceCounting(count));
    await versionedResponse(forged(), view, produceCounting(count));
    expect(count.n).toBe(1);
  });

  it('answers 304 to a matching If-None-Match without producing anything', async () => {
    const count = { n: 0 };
    const view = { version: 1, key: `test:${Math.random()}` };
    const etag = (
      await versionedResponse(new Request('http://x/a'), view, produceCounting(count))
    ).headers.get('etag')!;
    const revalidated = await versionedResponse(
      new Request('http://x/a', { headers: { 'if-none-match': etag } }),
      view,
      produceCounting(count),
    );
    expect(revalidated.status).toBe(304);
    expect(count.n).toBe(1);
  });
});
