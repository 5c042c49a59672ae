import { describe, expect, it } from 'vitest';
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
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#fff"/><text x="10" y="50" font-family="system-ui, sans-serif" font-size="24">${text}</text></svg>`;
    const blank = await svgAsPng(frame(''), 400);
    const labelled = await svgAsPng(frame('China’s share 15.86%'), 400);
    expect(labelled.byteLength).toBeGreaterThan(blank.byteLength + 500);
  });
});
