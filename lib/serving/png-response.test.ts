import { afterEach, describe, expect, it, vi } from 'vitest';
import { pngResponse } from './png-response';
import { svgAsPng } from './svg-as-png';

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><text x="5" y="40">Kazakhstan</text></svg>';

describe('pngResponse', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('answers the drawn PNG with the given headers', async () => {
    const response = await pngResponse(chart, 200, { 'content-type': 'image/png' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('answers 503 with Retry-After, not to be stored, while the PNG queue is full', async () => {
    vi.stubEnv('PNG_QUEUE_MAX', '1');
    const drawing = svgAsPng(chart, 200);
    const response = await pngResponse(chart, 200, { 'content-type': 'image/png' });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(response.headers.get('cache-control')).toBe('no-store');
    await drawing;
    expect((await pngResponse(chart, 200, {})).status).toBe(200);
  });

  it('answers 503 with Retry-After, not 500, when the PNG worker stops while drawing', async () => {
    await pngResponse(chart, 200, {}); // the worker is running
    const holder = globalThis as unknown as Record<symbol, { worker: { terminate(): Promise<number> } }>;
    const drawing = pngResponse(chart, 200, {});
    void holder[Symbol.for('trade-dashboard.png-worker')].worker.terminate();
    const response = await drawing;
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await pngResponse(chart, 200, {})).status).toBe(200); // a new worker draws the next one
  });
});
