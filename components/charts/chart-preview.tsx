import { wrapWords } from '@/lib/analyses/figure';
import { linesWithValues } from '@/lib/panel/empty-lines';
import type { PanelModel } from '@/lib/panel/panel-model';
import type { SourceInfo } from '@/lib/panel/series-types';
import { staticFrame } from './chart-geometry';
import { ChartLegendSvg } from './chart-legend-svg';
import { StaticChart } from './static-chart';
import { SvgPage, SvgTextLines } from './svg-page';

type Props = {
  models: PanelModel[]; // every panel of the view: the card says what the whole view shows
  headline: string; // the page's headline, from the data (lib/panel/flow-findings.ts)
  source: SourceInfo | null;
  viewUrl: string;
  showNotes: boolean;
};

export const PREVIEW_SIZE = { width: 1200, height: 630 }; // what link previews (OpenGraph, Twitter) show uncropped

// A view as a link-preview card: its panels stacked on the left, each named by its flow; the headline,
// legend, the one panel's summary (when there is one panel) and source on the right.
export function ChartPreview({ models, headline, source, viewUrl, showNotes }: Props) {
  const { width, height } = PREVIEW_SIZE;
  const labelled = models.length > 1;
  const slot = (height - 40) / models.length;
  const chartHeight = Math.min(470, slot - (labelled ? 30 : 0));
  const chartWidth = Math.max(
    ...models.map((model) => {
      const frame = staticFrame(model);
      return Math.round((frame.width / frame.height) * chartHeight);
    }),
  );
  const textX = chartWidth + 50;
  const titleLines = wrapWords(headline, 30);
  const summary = models.length === 1 ? wrapWords(models[0].summary, 44) : [];
  const legendY = 60 + titleLines.length * 34 + 10;
  const legend = linesWithValues(models[0]);
  const summaryY = legendY + legend.length * 30 + 30;
  const foot = [
    ...(source ? wrapWords(`Source: ${source.publisher}`, 60) : []),
    viewUrl.length > 66 ? `${viewUrl.slice(0, 65)}…` : viewUrl,
  ];
  return (
    <SvgPage width={width} height={height}>
      {models.map((model, i) => {
        const top = 20 + i * slot + (slot - chartHeight - (labelled ? 30 : 0)) / 2;
        return (
          <g key={model.flow}>
            {labelled ? (
              <text x={30} y={top + 22} fontSize={22} fontWeight={700} fill="#1a1a1a">
                {model.title}
              </text>
            ) : null}
            <StaticChart
              model={model}
              showNotes={showNotes}
              title={`${model.title}: ${model.summary}`}
              placement={{ x: 20, y: top + (labelled ? 30 : 0), width: chartWidth, height: chartHeight }}
            />
          </g>
        );
      })}
      <SvgTextLines lines={titleLines} x={textX} y={60} step={34} size={28} fill="#1a1a1a" bold />
      <ChartLegendSvg lines={legend} x={textX} y={legendY} direction="column" fontSize={20} />
      <SvgTextLines lines={summary} x={textX} y={summaryY} step={28} size={20} fill="#1a1a1a" />
      <SvgTextLines
        lines={foot}
        x={textX}
        y={height - 32 - (foot.length - 1) * 22}
        step={22}
        size={15}
        fill="#444"
      />
    </SvgPage>
  );
}
