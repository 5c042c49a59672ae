import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';

// A server-drawn SVG rasterised at its own size (its width attribute, or `fallbackWidth`) by
// resvg's native build, on libuv's thread pool: the event loop keeps serving while a PNG is drawn,
// and the pixels are freed when it is done. (next/og's ImageResponse, used before, ran satori and
// resvg in WebAssembly on the main thread, and its memory grew and never shrank: docs/serving.md.)
// Text is set in Geist, the font next/og draws with, from the copy Next ships.
const FONT = path.join(
  process.cwd(),
  'node_modules',
  'next',
  'dist',
  'compiled',
  '@vercel',
  'og',
  'Geist-Regular.ttf',
);

export async function svgAsPng(svg: string, fallbackWidth: number): Promise<ArrayBuffer> {
  const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1] ?? fallbackWidth);
  const rendered = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: [FONT], loadSystemFonts: false, defaultFontFamily: 'Geist' },
  });
  const png = rendered.asPng();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
