import type { ChartRow, PanelModel } from '@/lib/panel/panel-model';
import { valueAxisTicks, yearAxisTicks } from '@/lib/panel/axis-ticks';
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
export function staticFrame(model: PanelModel): Frame {
  const top = markerSpace(model.notes);
  return { ...STATIC_FRAME, top, height: STATIC_FRAME.height + top };
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
