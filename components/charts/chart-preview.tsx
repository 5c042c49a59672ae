import type { PanelModel } from '@/lib/panel/panel-model';
import type { SourceInfo } from '@/lib/panel/series-types';
import { staticFrame } from './chart-geometry';
import { ChartLegendSvg } from './chart-legend-svg';
import { StaticChart } from './static-chart';
import { wrapText } from './wrap-text';

type Props = {
  model: PanelModel;
  title: string;
  source: SourceInfo | null;
  viewUrl: string;
  showNotes: boolean;
};

export const PREVIEW_SIZE = { width: 1200, height: 630 }; // what link previews (OpenGraph, Twitter) show uncropped

// A panel as a link-preview card: the chart on the left; title, legend, summary and source on the right.
export function ChartPreview({ model, title, source, viewUrl, showNotes }: Props) {
  const { width, height } = PREVIEW_SIZE;
  const frame = staticFrame(model);
  const chartHeight = 470;
  const chartWidth = Math.round((frame.width / frame.height) * chartHeight);
  const textX = chartWidth + 50;
  const titleLines = wrapText(title, 24);
  const summary = wrapText(model.summary, 36);
  const legendY = 60 + titleLines.length * 34 + 10;
  const summaryY = legendY + model.lines.length * 30 + 30;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
    >
      <rect width={width} height={height} fill="#fff" />
      <StaticChart
        model={model}
        showNotes={showNotes}
        title={title}
        placement={{ x: 20, y: (height - chartHeight) / 2, width: chartWidth, height: chartHeight }}
      />
      {titleLines.map((line, i) => (
        <text key={i} x={textX} y={60 + i * 34} fontSize={28} fontWeight={700} fill="#1a1a1a">
          {line}
        </text>
      ))}
      <ChartLegendSvg lines={model.lines} x={textX} y={legendY} direction="column" fontSize={20} />
      {summary.map((line, i) => (
        <text key={i} x={textX} y={summaryY + i * 28} fontSize={20} fill="#1a1a1a">
          {line}
        </text>
      ))}
      {[
        ...(source ? wrapText(`Source: ${source.publisher}`, 50) : []),
        viewUrl.length > 50 ? `${viewUrl.slice(0, 49)}…` : viewUrl,
      ].map((line, i, all) => (
        <text key={i} x={textX} y={height - 32 - (all.length - 1 - i) * 22} fontSize={15} fill="#444">
          {line}
        </text>
      ))}
    </svg>
  );
}
