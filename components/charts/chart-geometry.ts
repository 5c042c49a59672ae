import type { ChartRow, PanelModel } from '@/lib/panel/panel-model';
import { tickLabel, valueAxisTicks, yearAxisTicks } from '@/lib/panel/axis-ticks';
import { markerSpace } from './chart-constants';

// Scales and ticks for the static SVG rendering of a panel (first paint, print and downloads).

export type Frame = {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
};

const STATIC_FRAME: Frame = { width: 460, height: 276, left: 60, right: 16, top: 0, bottom: 44 };

// The static drawing's frame: the plot, plus room above it for the panel's note markers.
// `size` draws it larger at the same type size (the image downloads: text the size of their summary).
// The left margin fits the longest tick label ("10,000") beside the rotated axis title.
export function staticFrame(model: PanelModel, size?: { width: number; height: number }): Frame {
  const top = markerSpace(model.notes);
  const ticks = valueTicks(
    model.rows,
    model.lines.map((line) => line.dataKey),
  ).map(tickLabel);
  const left = Math.max(STATIC_FRAME.left, Math.ceil(34 + Math.max(...ticks.map((t) => t.length)) * 8.4));
  const { width, height } = size ?? STATIC_FRAME;
  return { ...STATIC_FRAME, left, width, top, height: height + top };
}

// The value axis both drawings share, so the chart does not change scale when the browser takes over.
export function valueTicks(rows: ChartRow[], keys: string[]): number[] {
  return valueAxisTicks(Math.max(0, ...rows.flatMap((row) => keys.map((key) => row[key] ?? 0))));
}

export function scales(rows: ChartRow[], keys: string[], frame: Frame) {
  const years = rows.map((row) => row.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  const yTicks = valueTicks(rows, keys);
  const yMax = yTicks[yTicks.length - 1];
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  return {
    from,
    to,
    yTicks,
    xTicks: yearAxisTicks(from, to, 8),
    x: (year: number) =>
      frame.left + (to === from ? plotWidth / 2 : ((year - from) / (to - from)) * plotWidth),
    y: (value: number) => frame.top + plotHeight - (value / yMax) * plotHeight,
  };
}

// An SVG path through the non-null values; a null breaks the line, so a gap stays a gap.
export function linePath(
  rows: ChartRow[],
  key: string,
  x: (year: number) => number,
  y: (value: number) => number,
): string {
  let path = '';
  let drawing = false;
  for (const row of rows) {
    const value = row[key];
    if (value === null || value === undefined) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${x(row.year).toFixed(1)},${y(value).toFixed(1)}`;
    drawing = true;
  }
  return path;
}
