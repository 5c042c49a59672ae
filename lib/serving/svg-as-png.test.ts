import { afterEach, describe, expect, it, vi } from 'vitest';
import { svgAsPng } from './svg-as-png';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('svgAsPng', () => {
  it('draws the SVG at its own size as a PNG', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320"><text x="10" y="40">Kazakhstan</text></svg>';
    const png = Buffer.from(await svgAsPng(svg, 960));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 640, height: 320 });
  });

  it('sets text: a label makes the image larger than the same blank image', async () => {
    const frame = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#fff"/>` +
      `<text x="10" y="50" font-family="system-ui, sans-serif" font-size="24">${text}</text></svg>`;
    const blank = await svgAsPng(frame(''), 400);
    const labelled = await svgAsPng(frame('China’s share 15.86%'), 400);
    expect(labelled.byteLength).toBeGreaterThan(blank.byteLength + 500);
  });
});

describe('svgAsPng type', () => {
  it('sets bold text in a bold face, not the regular one (titles are bold)', async () => {
    const text = (weight: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><rect width="400" height="60" fill="#fff"/>` +
      `<text x="10" y="40" font-family="system-ui, sans-serif" font-size="28" font-weight="${weight}">Imports: Kazakhstan</text></svg>`;
    const regular = Buffer.from(await svgAsPng(text(400), 400));
    const bold = Buffer.from(await svgAsPng(text(700), 400));
    expect(bold.equals(regular)).toBe(false);
  });
});

describe('the PNG queue', () => {
  const chart = (label: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><text x="10" y="50">${label}</text></svg>`;

  afterEach(() => vi.unstubAllEnvs());

  it('turns the next PNG away at once when PNG_QUEUE_MAX are already waiting, and takes new ones once drained', async () => {
    vi.stubEnv('PNG_QUEUE_MAX', '3');
    const queued = [1, 2, 3].map((n) => svgAsPng(chart(`chart ${n}`), 300));
    const refused = await svgAsPng(chart('one too many'), 300).then(
      () => 'drawn',
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ name: 'PngQueueFull', retryAfterSeconds: expect.any(Number) });
    for (const png of await Promise.all(queued))
      expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG');
    expect((await svgAsPng(chart('after the wait'), 300)).byteLength).toBeGreaterThan(100);
  });
});
