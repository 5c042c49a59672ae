import type { SourceInfo } from '../panel/series-types';

// What an analysis view draws, with no pixels: panels of yearly lines on shared axes. The page, the
// SVG/PNG download and the table all read this one shape.

export type FigureLine = { key: string; name: string; styleIndex: number; dashed?: boolean };

// estimated: the row's values are IMF estimates with fixed partner shares (lib/panel/fixed-share-estimates.ts).
export type FigureRow = { year: number; values: Record<string, number | null>; estimated?: true };

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

export type YearsShown = { from: number; to: number }; // a view's years, which its figure spans

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
