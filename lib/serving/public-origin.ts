// The origin the app's links name (og:image, a CSV's view_url, image links): PUBLIC_ORIGIN, read
// once, or http://localhost:$PORT for the embedded case. Never taken from a request's Host or
// X-Forwarded-* headers: a reply kept by the front or a CDN would hand one reader's header to the
// next (docs/security.md). A value that is not an http(s) URL throws here; scripts/serve.ts calls
// this before it listens and exits with a message, so the server never starts with one.
let origin: string | undefined;

export function publicOrigin(): string {
  if (origin) return origin;
  const url = new URL(process.env.PUBLIC_ORIGIN || `http://localhost:${process.env.PORT || 3000}`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error('PUBLIC_ORIGIN must be an http(s) URL');
  origin = url.origin;
  return origin;
}
