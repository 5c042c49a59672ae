import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflatedBytes, filledPage, pageTemplate } from './page-template';

const OLD = '0123456789abcdef0123456789abcdef';
const NEW = 'fedcba9876543210fedcba9876543210';

// HTML shaped like a rendered page: the nonce at the start, side by side, in many scripts, at the end.
const page = (filler: string) =>
  `${OLD}<html><head><script nonce="${OLD}">${filler}</script></head><body>` +
  Array.from({ length: 40 }, (_, i) => `<script nonce="${OLD}">self.push(${i},"${filler}")</script>`).join(
    '',
  ) +
  `<p>${filler}</p>${OLD}${OLD}</body></html>${OLD}`;

describe('a page template', () => {
  it('gives the page with the new nonce in every place, plain and gzip-compressed', () => {
    const html = page('Kazakhstan’s imports from China '.repeat(300));
    const template = pageTemplate(Buffer.from(html), OLD);
    const expected = html.replaceAll(OLD, NEW);
    expect(filledPage(template, NEW, false).toString()).toBe(expected);
    expect(gunzipSync(filledPage(template, NEW, true)).toString()).toBe(expected);
    // The same template serves the next reader with another nonce.
    expect(gunzipSync(filledPage(template, OLD, true)).toString()).toBe(html);
  });

  it('stays a valid gzip stream for bytes that do not compress, and compresses text well', () => {
    const noise = randomBytes(200_000).toString('latin1');
    const html = page(noise);
    const filled = filledPage(pageTemplate(Buffer.from(html, 'latin1'), OLD, { deflate: true }), NEW, true);
    expect(gunzipSync(filled).toString('latin1')).toBe(html.replaceAll(OLD, NEW));
    const text = page('<td class="num">12.34</td><td>Uzbekistan</td>'.repeat(2000));
    const compressed = filledPage(pageTemplate(Buffer.from(text), OLD), NEW, true);
    expect(compressed.byteLength).toBeLessThan(text.length / 10);
  });

  it('holds no more memory for its compressed pieces than the bytes it counts', () => {
    const template = pageTemplate(Buffer.from(page('Kazakhstan’s imports from China '.repeat(300))), OLD, {
      deflate: true,
    });
    const held = new Set(template.deflated!.map((piece) => piece.buffer));
    const heldBytes = [...held].reduce((sum, buffer) => sum + buffer.byteLength, 0);
    expect(heldBytes).toBeLessThanOrEqual(deflatedBytes(template) + 8192); // 8 KB: Node's shared pool
  });

  it('sends a page without a placeholder as it is', () => {
    const html = Buffer.from(page('no nonce here'));
    expect(filledPage(pageTemplate(html, null), NEW, false).equals(html)).toBe(true);
    expect(gunzipSync(filledPage(pageTemplate(html, null), NEW, true)).equals(html)).toBe(true);
    expect(filledPage(pageTemplate(Buffer.alloc(0), OLD), NEW, false).byteLength).toBe(0);
  });
});
