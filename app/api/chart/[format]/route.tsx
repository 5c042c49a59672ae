// GET /api/chart/svg|png|preview?<view> — the view's first panel as an image (svg, png: for briefs, with notes and
// sources); preview: every panel of the view on a 1200×630 PNG card for link previews, under the page's headline.
import { ChartExport } from '@/components/charts/chart-export';
import { ChartPreview } from '@/components/charts/chart-preview';
import { getFirstPanel } from '@/lib/data/get-panel';
import { getArticleInfo } from '@/lib/data/get-article';
import { getViewPanels } from '@/lib/data/get-view-panels';
import { slug } from '@/lib/csv/download-name';
import { pngResponse } from '@/lib/serving/png-response';
import { withView } from '@/lib/serving/with-view';
import { viewUrl } from '@/lib/view-state/view-url';

const FORMATS = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png', preview: 'image/png' } as const;

type Context = { params: Promise<{ format: string }> };

export const GET = withView('text', async ({ state, origin }, _request, { params }: Context) => {
  const { format } = await params;
  if (!(format in FORMATS))
    return new Response('Unknown image format: use svg, png or preview.', { status: 404 });

  const link = viewUrl(state, origin);
  // Imported when called: Next refuses a static import of react-dom/server in server code.
  const { renderToStaticMarkup } = await import('react-dom/server');
  if (format === 'preview') {
    const { models, series, headline } = await getViewPanels(state);
    const card = renderToStaticMarkup(
      <ChartPreview
        models={models}
        headline={headline}
        source={series.source}
        viewUrl={link}
        showNotes={state.annotations}
      />,
    );
    const name = `${slug(headline)}.png`;
    return pngResponse(card, 960, {
      'content-disposition': `inline; filename="${name}"`,
      'content-type': FORMATS.png,
    });
  }
  const [{ model, series, title }, article] = await Promise.all([getFirstPanel(state), getArticleInfo()]);
  const svg = renderToStaticMarkup(
    <ChartExport
      model={model}
      title={title}
      source={series.source}
      fillSource={series.fillSource}
      viewUrl={link}
      showNotes={state.annotations}
      article={article}
    />,
  );
  const name = `${slug(title)}.${format === 'svg' ? 'svg' : 'png'}`;
  const headers = { 'content-disposition': `inline; filename="${name}"` };
  if (format === 'svg')
    return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
      headers: { ...headers, 'content-type': FORMATS.svg },
    });

  return pngResponse(svg, 960, { ...headers, 'content-type': FORMATS.png }); // 503 + Retry-After when the PNG queue is full
});
