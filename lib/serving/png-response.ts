import { PngQueueFull, PngUnavailable, svgAsPng } from './svg-as-png';

// An image route's PNG answer: the SVG drawn by the PNG worker, or, when its line is full or the
// worker crashed or timed out (PngUnavailable), 503 with Retry-After and no-store (never kept: lib/serving/versioned-response.ts and the front keep 200s
// only), so a burst of new PNGs is turned away in a millisecond instead of waiting seconds in line.
export async function pngResponse(
  svg: string,
  fallbackWidth: number,
  headers: HeadersInit,
): Promise<Response> {
  try {
    return new Response(await svgAsPng(svg, fallbackWidth), { headers });
  } catch (error) {
    if (!(error instanceof PngQueueFull) && !(error instanceof PngUnavailable)) throw error;
    const text =
      error instanceof PngQueueFull
        ? 'Too many new images are being drawn right now; try again in a moment.\n'
        : 'The image could not be drawn right now; try again in a moment.\n';
    return new Response(text, {
      status: 503,
      headers: {
        'Retry-After': String(error.retryAfterSeconds),
        'Cache-Control': 'no-store',
        'Content-Type': 'text/plain; charset=utf-8',
      },
    });
  }
}
