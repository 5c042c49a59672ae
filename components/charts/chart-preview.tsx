import { wrapWords } from '@/lib/analyses/figure';
import { linesWithValues } from '@/lib/panel/empty-lines';
import type { PanelModel } from '@/lib/panel/panel-model';
import type { SourceInfo } from '@/lib/panel/series-types';
import { staticFrame } from './chart-geometry';
import { ChartLegendSvg } from './chart-legend-svg';
import { StaticChart } from './static-chart';

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
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
    >
      <rect width={width} height={height} fill="#fff" />
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
      {titleLines.map((line, i) => (
        <text key={i} x={textX} y={60 + i * 34} fontSize={28} fontWeight={700} fill="#1a1a1a">
          {line}
        </text>
      ))}
      <ChartLegendSvg lines={legend} x={textX} y={legendY} direction="column" fontSize={20} />
      {summary.map((line, i) => (
        <text key={i} x={textX} y={summaryY + i * 28} fontSize={20} fill="#1a1a1a">
          {line}
        </text>
      ))}
      {[
        ...(source ? wrapWords(`Source: ${source.publisher}`, 60) : []),
        viewUrl.length > 66 ? `${viewUrl.slice(0, 65)}…` : viewUrl,
      ].map((line, i, all) => (
        <text key={i} x={textX} y={height - 32 - (all.length - 1 - i) * 22} fontSize={15} fill="#444">
          {line}
        </text>
      ))}
    </svg>
  );
}
