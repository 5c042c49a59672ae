import type { SourceInfo } from '../panel/series-types';

// What an analysis view draws, with no pixels: panels of yearly lines on shared axes. The page, the
// SVG/PNG download and the table all read this one shape.

export type FigureLine = { key: string; name: string; styleIndex: number; dashed?: boolean };

export type FigureRow = { year: number; values: Record<string, number | null> };

export type FigurePanel = {
  id: string;
  title: string;
  rows: FigureRow[];
  lines: FigureLine[];
  summary: string;
};

export type Figure = {
  title: string;
  axis: string; // the value axis label, e.g. "Share of exports (%)"
  panels: FigurePanel[];
  from: number;
  to: number;
  yMax: number | null; // shared by every panel, so small multiples compare at a glance; null: each its own
  summary: string;
  sources: SourceInfo[];
};

// Round numbers for a value axis from 0 to at least max: 1, 2, 2.5 or 5 × a power of ten per step.
export function axisTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step / 2; tick += step) ticks.push(Number(tick.toFixed(10)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toFixed(10)));
  return ticks;
}

export function yearAxisTicks(from: number, to: number, maxTicks = 6): number[] {
  const step = [1, 2, 5, 10, 20].find((s) => (to - from) / s <= maxTicks - 1) ?? 25;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}

// The largest value any panel draws: the shared axis' top before rounding.
export function largestValue(panels: FigurePanel[]): number {
  return Math.max(
    0,
    ...panels.flatMap((panel) =>
      panel.rows.flatMap((row) => panel.lines.map((line) => row.values[line.key] ?? 0)),
    ),
  );
}

// Lines of at most `width` characters, broken at spaces: SVG text does not wrap by itself.
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// "A", "A and B", "A, B and C".
export function listOf(items: string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
