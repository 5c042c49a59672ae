import { wrapWords } from '@/lib/analyses/figure';
import type { ArticleInfo } from '@/lib/article/article-types';
import { emptyLineNotes, linesWithValues } from '@/lib/panel/empty-lines';
import { noteYears } from '@/lib/panel/notes';
import type { PanelModel } from '@/lib/panel/panel-model';
import type { SourceInfo } from '@/lib/panel/series-types';
import { staticFrame } from './chart-geometry';
import { ChartLegendSvg } from './chart-legend-svg';
import { StaticChart } from './static-chart';
import { SvgPage, SvgTextLines } from './svg-page';

type Props = {
  model: PanelModel;
  title: string;
  source: SourceInfo | null;
  fillSource: SourceInfo | null;
  viewUrl: string;
  showNotes: boolean;
  article: Pick<ArticleInfo, 'publication' | 'published'>;
  bare?: boolean; // title, legend and chart alone: for a PDF brief that sets the rest as text
};

const WIDTH = 960;
const PAD = 24;
const LINE = 22;

// A panel as one self-contained SVG for briefs: title, summary, legend, chart with its notes, the
// notes' text, the source and the view's address. The PNG download is this image rasterised.
export function ChartExport({
  model,
  title,
  source,
  fillSource,
  viewUrl,
  showNotes,
  article,
  bare = false,
}: Props) {
  // The chart drawn at the image's width, not scaled up: its labels stay smaller than the summary.
  const size = { width: WIDTH - 2 * PAD, height: 420 };
  const frame = staticFrame(model, size);
  const chartHeight = frame.height;
  const summary = bare
    ? []
    : [model.summary, ...emptyLineNotes(model)].flatMap((text) => wrapWords(text, 100));
  const notes = showNotes
    ? model.notes.map((note) => `${note.number}. ${noteYears(note)}: ${note.title}`)
    : [];
  const small = 14;
  const sources = [source, fillSource]
    .filter((s): s is SourceInfo => s !== null)
    .flatMap((s, i) =>
      wrapWords(
        `${i === 0 ? 'Source' : 'Gaps filled from'}: ${s.publisher}. ${s.indicator}. File ${s.file}. ${s.url}`,
        115,
      ),
    );
  const legendY = PAD + 40 + summary.length * LINE + 14;
  const chartY = legendY + 24;
  const footY = chartY + chartHeight + 16;
  const footer = bare
    ? []
    : [
        ...(notes.length > 0
          ? [`Notes (${article.publication}, ${article.published}):`, ...wrapWords(notes.join(' · '), 115)]
          : []),
        ...sources,
        `View: ${viewUrl}`,
      ];
  const height = footY + footer.length * (small + 5) + PAD;
  return (
    <SvgPage width={WIDTH} height={height}>
      <SvgTextLines lines={[title]} x={PAD} y={PAD + 22} step={0} size={28} fill="#1a1a1a" bold />
      <SvgTextLines lines={summary} x={PAD} y={PAD + 56} step={LINE} size={18} fill="#1a1a1a" />
      <ChartLegendSvg lines={linesWithValues(model)} x={PAD} y={legendY} direction="row" fontSize={17} />
      <StaticChart
        model={model}
        showNotes={showNotes}
        title={title}
        size={size}
        placement={{ x: PAD, y: chartY, width: WIDTH - 2 * PAD, height: chartHeight }}
      />
      <SvgTextLines lines={footer} x={PAD} y={footY} step={small + 5} size={small} fill="#444" />
    </SvgPage>
  );
}
