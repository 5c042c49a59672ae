import { ImageResponse } from 'next/og';

// A server-drawn SVG rasterised at its own size (its width and height attributes, or `fallback`).
// ImageResponse renders plain elements (no next/image), so the SVG goes in as an <img> data URL.
export function svgAsPng(
  svg: string,
  alt: string,
  fallback: { width: number; height: number },
): ReadableStream<Uint8Array> | null {
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? fallback.width);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? fallback.height);
  const image = new ImageResponse(
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`}
      width={width}
      height={height}
      alt={alt}
    />,
    { width, height },
  );
  return image.body;
}
