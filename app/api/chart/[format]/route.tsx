// GET /api/chart/svg|png|preview?<view> — the view's first panel as an image (svg, png: for briefs, with notes and
// sources; preview: a 1200×630 PNG card for link previews).
import { ImageResponse } from 'next/og';
import { ChartExport } from '@/components/charts/chart-export';
import { ChartPreview } from '@/components/charts/chart-preview';
import { getFirstPanel } from '@/lib/data/get-panel';
import { getArticleInfo } from '@/lib/data/get-article';
import { slug } from '@/lib/download-name';
import { withView } from '@/lib/http/with-view';
import { viewUrl } from '@/lib/view-url';

const FORMATS = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png', preview: 'image/png' } as const;

type Context = { params: Promise<{ format: string }> };

export const GET = withView('text', async ({ state, origin }, _request, { params }: Context) => {
  const { format } = await params;
  if (!(format in FORMATS))
    return new Response('Unknown image format: use svg, png or preview.', { status: 404 });

  const [{ model, series, title }, article] = await Promise.all([getFirstPanel(state), getArticleInfo()]);
  const link = viewUrl(state, origin);
  // Imported when called: Next refuses a static import of react-dom/server in server code.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const svg = renderToStaticMarkup(
    format === 'preview' ? (
      <ChartPreview
        model={model}
        title={title}
        source={series.source}
        viewUrl={link}
        showNotes={state.annotations}
      />
    ) : (
      <ChartExport
        model={model}
        title={title}
        source={series.source}
        fillSource={series.fillSource}
        viewUrl={link}
        showNotes={state.annotations}
        article={article}
      />
    ),
  );
  const name = `${slug(title)}.${format === 'svg' ? 'svg' : 'png'}`;
  const headers = { 'content-disposition': `inline; filename="${name}"`, 'cache-control': 'no-store' };
  if (format === 'svg')
    return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
      headers: { ...headers, 'content-type': FORMATS.svg },
    });

  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 960);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 600);
  const image = new ImageResponse(
    // ImageResponse renders plain elements (no next/image): the SVG, rasterised at its own size.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`}
      width={width}
      height={height}
      alt={title}
    />,
    { width, height },
  );
  return new Response(image.body, { headers: { ...headers, 'content-type': FORMATS.png } });
});
