// True when some segment of a raw (still percent-encoded) path does not decode: a lone `%`,
// `%FF`, an overlong UTF-8 sequence such as `%C0%AE`. Next would throw decoding such a segment
// into a route parameter and answer 500; the proxy answers 400 instead.
export function hasMalformedPercentEncoding(rawPath: string): boolean {
  try {
    for (const segment of rawPath.split('/')) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}
