import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataVersionProbe } from '../database/data-version-probe';
import { createFrontHandler } from './front-handler';
import { freshNonce } from './page-nonce';
import { createResponseStore } from './response-store';

// The front in a real node:http server, before a stand-in for Next that answers as our routes
// do (a versioned ETag on views; pages carry the nonce the proxy chose), counting what reaches it.
type Fake = {
  calls: string[];
  version: number | null;
  dataVersion: number;
  opened?: number;
  moved?: boolean; // the data version moves while a page renders
  rendered?: string[]; // the nonce each page render got, as the proxy gives one: fresh
  extraHeaders?: string[]; // request headers Next saw beyond what the client sent
  during?: () => Promise<void>; // runs while Next makes a response (another file put in place)
  renders?: { now: number; most: number }; // pages rendering at once, and the most seen
};

function fakeNext(fake: Fake) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    fake.calls.push(req.url!);
    await fake.during?.();
    const etag = `"v${fake.dataVersion}-${Buffer.from(req.url!).toString('base64url')}"`;
    if (req.url!.startsWith('/api/series')) {
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'public, max-age=60');
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ version: fake.dataVersion, url: req.url }));
    } else if (req.url === '/?notmodified') {
      res.writeHead(304, { ETag: etag, 'Cache-Control': 'private, no-cache' });
      res.end();
    } else if (req.headers['x-middleware-prefetch']) {
      res.writeHead(200, { ETag: etag, 'Cache-Control': 'private, no-cache', 'x-middleware-skip': '1' });
      res.end('{}');
    } else if (req.url === '/embed/') {
      res.writeHead(308, { Location: '/embed' });
      res.end('/embed');
    } else if (req.url === '/api/health') {
      res.setHeader('Cache-Control', 'no-store');
      res.end('{"status":"ok"}');
    } else {
      if (fake.renders) {
        fake.renders.most = Math.max(fake.renders.most, ++fake.renders.now);
        await new Promise((resolve) => setTimeout(resolve, 20));
        fake.renders.now -= 1;
      }
      const nonce = freshNonce();
      fake.rendered?.push(nonce);
      fake.extraHeaders?.push(...Object.keys(req.headers).filter((name) => name.startsWith('x-')));
      res.writeHead(200, {
        ETag: etag,
        'Cache-Control': 'private, no-cache',
        'Content-Security-Policy': `script-src 'nonce-${nonce}'`,
        'Content-Type': 'text/html',
      });
      res.write(`<script nonce="${nonce}">a</script>`);
      res.end(`<script nonce="${nonce}">b</script><p>version ${fake.dataVersion}</p>`);
    }
  };
}

let server: Server | null = null;
afterEach(() => server?.close());

async function start(fake: Fake): Promise<string> {
  const probe: DataVersionProbe = {
    current: () => fake.version,
    ready: async () => {},
    opened: () => fake.opened ?? 1,
    replicasAt: () => true,
    confirm: async (version) => !fake.moved && version === fake.version,
    close: () => {},
  };
  server = createServer(createFrontHandler(fakeNext(fake), probe, createResponseStore(1024 * 1024)));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe('the front', () => {
  it('answers a view it holds without asking Next again, byte for byte', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    const first = await fetch(`${base}/api/series?from=2000`);
    const again = await fetch(`${base}/api/series?from=2000`);
    expect(await again.text()).toBe(await first.text());
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(fake.calls).toEqual(['/api/series?from=2000']);
  });

  it('answers 304 to the ETag it holds', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    const etag = (await fetch(`${base}/api/series`)).headers.get('etag')!;
    const revalidated = await fetch(`${base}/api/series`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(fake.calls).toHaveLength(1);
  });

  it('asks Next again once the data version changes', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    await fetch(`${base}/api/series`);
    fake.version = 2;
    fake.dataVersion = 2;
    expect(await (await fetch(`${base}/api/series`)).json()).toMatchObject({ version: 2 });
    expect(fake.calls).toHaveLength(2);
  });

  it('forgets what it holds when the database file is opened anew (a version number may repeat)', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    await fetch(`${base}/api/series`);
    fake.opened = 2;
    await fetch(`${base}/api/series`);
    expect(fake.calls).toHaveLength(2);
  });

  it('sends a page 304 from Next as it is, without a body or an encoding', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    const response = await fetch(`${base}/?notmodified`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(304);
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('keeps nothing that is not a view, and passes everything to Next while the database is unreadable', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    await fetch(`${base}/api/health`);
    await fetch(`${base}/api/health`);
    expect(fake.calls).toHaveLength(2);
    await fetch(`${base}/api/series`);
    fake.version = null;
    await fetch(`${base}/api/series`);
    expect(fake.calls).toHaveLength(4);
  });

  it('gives every page response a fresh nonce, the same in the header and every script', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${base}/?from=2000`);
      const html = await response.text();
      const header = /nonce-([0-9a-f]+)/.exec(response.headers.get('content-security-policy')!)![1];
      const inBody = [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
      expect(inBody).toEqual([header, header]);
      nonces.add(header);
    }
    expect(nonces.size).toBe(3);
    expect(fake.calls).toHaveLength(1); // rendered once
  });

  it('asks Next for no particular nonce, and never serves the one the render got', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1, rendered: [], extraHeaders: [] };
    const base = await start(fake);
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${base}/?from=2002`);
      const html = await response.text();
      for (const nonce of fake.rendered!) {
        expect(html).not.toContain(nonce);
        expect(response.headers.get('content-security-policy')).not.toContain(nonce);
      }
    }
    expect(fake.rendered).toHaveLength(1);
    expect(fake.extraHeaders).toEqual([]); // no secret header from the front
  });

  it('keeps only what a clean request gets: never the `{}` Next answers a prefetch with', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    await fetch(`${base}/?from=2001`, { headers: { 'x-middleware-prefetch': '1' } });
    const clean = await fetch(`${base}/?from=2001`);
    expect(await clean.text()).toContain('<p>version 1</p>');
  });

  it('keeps no page rendered while the data version moved, and names no version on it', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1, moved: true };
    const base = await start(fake);
    const first = await fetch(`${base}/?from=2002`);
    expect(first.headers.get('etag')).toBeNull();
    expect(first.headers.get('cache-control')).toBe('no-store');
    await fetch(`${base}/?from=2002`);
    expect(fake.calls).toHaveLength(2);
  });

  it('adds the security headers to a response Next sends without them (its trailing-slash redirect)', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    const response = await fetch(`${base}/embed/`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *');
  });

  it('renders at most two pages at once, the others in turn, and answers every one', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1, renders: { now: 0, most: 0 } };
    const base = await start(fake);
    const years = [2000, 2001, 2002, 2003, 2004, 2005];
    const answers = await Promise.all(years.map((year) => fetch(`${base}/mirror?from=${year}`)));
    expect(answers.map((answer) => answer.status)).toEqual(years.map(() => 200));
    expect(fake.calls).toHaveLength(6);
    expect(fake.renders!.most).toBe(2);
  });

  it('keeps a page once and sends it compressed or plain, each time with a fresh nonce', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1 };
    const base = await start(fake);
    const get = (encoding: string) =>
      new Promise<{ encoding?: string; policy?: string; body: Buffer }>((resolve) => {
        import('node:http').then(({ get }) =>
          get(new URL(`${base}/embed`), { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                encoding: res.headers['content-encoding'],
                policy: String(res.headers['content-security-policy']),
                body: Buffer.concat(chunks),
              }),
            );
          }),
        );
      });
    const answers = [await get('gzip'), await get('gzip, br'), await get('identity')];
    expect(fake.calls).toEqual(['/embed']);
    expect(answers.map((a) => a.encoding)).toEqual(['gzip', 'gzip', undefined]);
    const pages = answers.map((a) => (a.encoding ? gunzipSync(a.body) : a.body).toString());
    const nonces = answers.map((a) => /'nonce-([0-9a-f]{32})'/.exec(a.policy ?? '')![1]);
    expect(new Set(nonces).size).toBe(3);
    pages.forEach((html, i) => {
      expect(html).toBe(
        `<script nonce="${nonces[i]}">a</script><script nonce="${nonces[i]}">b</script><p>version 1</p>`,
      );
    });
  });

  it('keeps no API response whose version a fresh read does not confirm', async () => {
    const fake: Fake = { calls: [], version: 1, dataVersion: 1, moved: true };
    const base = await start(fake);
    await fetch(`${base}/api/series?from=2003`);
    await fetch(`${base}/api/series?from=2003`);
    expect(fake.calls).toHaveLength(2);
  });

  it('keeps nothing made while another database file was put in place, even at the same version', async () => {
    for (const url of ['/api/series?from=2004', '/?from=2004']) {
      const fake: Fake = { calls: [], version: 1, dataVersion: 1, opened: 1 };
      const base = await start(fake);
      fake.during = async () => {
        fake.during = undefined;
        fake.opened = 2; // the new file repeats version 1; a request that starts now clears the store
        await (await fetch(`${base}/api/series?other`)).text();
      };
      await (await fetch(`${base}${url}`)).text();
      await (await fetch(`${base}${url}`)).text();
      expect(fake.calls).toEqual([url, '/api/series?other', url]);
      server?.close();
    }
  });
});
