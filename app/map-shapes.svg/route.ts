import { worldShapesFile } from '@/components/analyses/world-shapes';

// The world's shapes, referred to by every map page (components/analyses/world-shapes.ts). The
// address the page writes names the file's content (`?v=`), so the browser keeps it a year; any
// other address is answered with the current file, to be asked again next time.
export function GET(request: Request) {
  const { svg, version } = worldShapesFile();
  const current = new URL(request.url).searchParams.get('v') === version;
  return new Response(svg, {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
