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

// The runs of consecutive estimated rows, as year spans: drawn as bands behind the lines.
export function estimatedSpans(rows: FigureRow[]): { firstYear: number; lastYear: number }[] {
  const spans: { firstYear: number; lastYear: number }[] = [];
  for (const row of rows) {
    if (!row.estimated) continue;
    const last = spans.at(-1);
    if (last && row.year === last.lastYear + 1) last.lastYear = row.year;
    else spans.push({ firstYear: row.year, lastYear: row.year });
  }
  return spans;
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
