import type { ChartRow, PanelModel } from '@/lib/panel/panel-model';
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

// Round numbers for a value axis from 0 to at least max: 1, 2 or 5 × a power of ten per step.
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step / 2; tick += step) ticks.push(Number(tick.toFixed(10)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toFixed(10)));
  return ticks;
}

export function yearTicks(from: number, to: number, maxTicks = 8): number[] {
  const span = to - from;
  const step = [1, 2, 5, 10, 20].find((s) => span / s <= maxTicks - 1) ?? 25;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}

// The value axis both drawings share, so the chart does not change scale when the browser takes over.
export function valueTicks(rows: ChartRow[], keys: string[]): number[] {
  return niceTicks(Math.max(0, ...rows.flatMap((row) => keys.map((key) => row[key] ?? 0))));
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
    xTicks: yearTicks(from, to),
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
