import type { ArticleNote } from '@/lib/article-types';
import { formatValue } from '@/lib/format';
import type { Series, SeriesPoint } from '@/lib/series-types';
import { FLOW_LABELS, MEASURE_UNITS, type Flow, type Measure } from '@/lib/trade-terms';
import { PARTNER_STYLES } from './chart-constants';

// Rows → what a panel draws and says, with no pixels: one row per year, lines per partner, the
// notes in range, the first year the first partner passed the second, and a plain summary.

export type ChartRow = { year: number } & Record<string, number | null>;

export type ChartLine = {
  dataKey: string;
  partner: string;
  name: string;
  filled: boolean; // true for the dashed line of gap-filling values from another source
  style: (typeof PARTNER_STYLES)[number];
};

export type PlacedNote = ArticleNote & { number: number; lane: number }; // lane: stacked above others of the same year

export const MARKER_LANE_HEIGHT = 24;

export type Crossover =
  | { kind: 'passed'; year: number }
  | { kind: 'already-above'; year: number }
  | { kind: 'not-passed' }
  | { kind: 'no-overlap' };

export type PanelModel = {
  flow: Flow;
  measure: Measure;
  title: string;
  rows: ChartRow[];
  lines: ChartLine[];
  points: Map<string, Map<number, SeriesPoint>>; // partner → year → point, for tooltips and tables
  partnerNames: Map<string, string>;
  notes: PlacedNote[];
  crossover: Crossover | null; // null when fewer than two partners
  summary: string;
};

export const filledKey = (partner: string) => `${partner}__filled`;

export function noteYears(note: { yearFrom: number; yearTo: number }): string {
  return note.yearFrom === note.yearTo ? String(note.yearFrom) : `${note.yearFrom}–${note.yearTo}`;
}

// The notes that cover a year (a band covers each of its years).
export function notesInYear<Note extends { yearFrom: number; yearTo: number }>(
  notes: Note[],
  year: number,
): Note[] {
  return notes.filter((note) => note.yearFrom <= year && year <= note.yearTo);
}

// A placed note in one line, as the table and the CSV word it: "1. Border settled (1997–1999)".
export function noteLabel(note: PlacedNote): string {
  return `${note.number}. ${note.title} (${noteYears(note)})`;
}

export function placeNotes(notes: ArticleNote[], from: number, to: number): PlacedNote[] {
  return notes
    .filter((note) => note.yearTo >= from && note.yearFrom <= to)
    .sort((a, b) => a.yearFrom - b.yearFrom || a.id.localeCompare(b.id))
    .map((note, index, sorted) => ({
      ...note,
      number: index + 1,
      lane: sorted.slice(0, index).filter((other) => other.yearFrom === note.yearFrom).length,
    }));
}

// Room above the plot for the note markers, taller when notes of one year are stacked.
export function markerSpace(notes: PlacedNote[]): number {
  return 34 + Math.max(0, ...notes.map((note) => note.lane)) * MARKER_LANE_HEIGHT;
}

export function buildPanelModel(
  series: Series[],
  flow: Flow,
  measure: Measure,
  notes: PlacedNote[],
): PanelModel {
  const flowSeries = series.filter((s) => s.flow === flow);
  const years = flowSeries[0]?.points.map((p) => p.year) ?? [];
  const points = new Map(flowSeries.map((s) => [s.partner, new Map(s.points.map((p) => [p.year, p]))]));
  const partnerNames = new Map(flowSeries.map((s) => [s.partner, s.partnerName]));

  const rows: ChartRow[] = years.map((year) => {
    const row: ChartRow = { year } as ChartRow;
    for (const s of flowSeries) {
      const point = points.get(s.partner)?.get(year);
      row[s.partner] = point?.value ?? null;
      row[filledKey(s.partner)] = filledValue(s.points, year);
    }
    return row;
  });

  const lines: ChartLine[] = flowSeries.flatMap((s, index) => {
    const style = PARTNER_STYLES[index % PARTNER_STYLES.length];
    const published: ChartLine = {
      dataKey: s.partner,
      partner: s.partner,
      name: s.partnerName,
      filled: false,
      style,
    };
    const hasFill = s.points.some((p) => p.filled);
    return hasFill
      ? [
          published,
          {
            dataKey: filledKey(s.partner),
            partner: s.partner,
            name: `${s.partnerName} (IMF DOTS, fills gaps)`,
            filled: true,
            style,
          },
        ]
      : [published];
  });

  const crossover = flowSeries.length >= 2 ? findCrossover(flowSeries[0].points, flowSeries[1].points) : null;
  return {
    flow,
    measure,
    title: FLOW_LABELS[flow].title,
    rows,
    lines,
    points,
    partnerNames,
    notes,
    crossover,
    summary: summarise(flowSeries, flow, measure, crossover),
  };
}

// A gap-filling value is drawn in the gap years and at the published years on either side, so the
// dashed line joins the published one instead of floating apart from it.
function filledValue(points: SeriesPoint[], year: number): number | null {
  const index = points.findIndex((p) => p.year === year);
  const point = points[index];
  if (!point) return null;
  if (point.filled) return point.filled.value;
  const besideFill = points[index - 1]?.filled || points[index + 1]?.filled;
  return besideFill && point.value !== null ? point.value : null;
}

export function findCrossover(first: SeriesPoint[], second: SeriesPoint[]): Crossover {
  const secondByYear = new Map(second.map((p) => [p.year, p.value]));
  const both = first
    .map((p) => ({ year: p.year, a: p.value, b: secondByYear.get(p.year) ?? null }))
    .filter((p): p is { year: number; a: number; b: number } => p.a !== null && p.b !== null);
  if (both.length === 0) return { kind: 'no-overlap' };
  if (both[0].a > both[0].b) return { kind: 'already-above', year: both[0].year };
  const passed = both.find((p) => p.a > p.b);
  return passed ? { kind: 'passed', year: passed.year } : { kind: 'not-passed' };
}

function summarise(flowSeries: Series[], flow: Flow, measure: Measure, crossover: Crossover | null): string {
  if (flowSeries.length === 0) return 'No series chosen.';
  const reporter = flowSeries[0].reporterName;
  const what =
    measure === 'share'
      ? `share of ${reporter}’s ${FLOW_LABELS[flow].noun}`
      : `${FLOW_LABELS[flow].noun} (${MEASURE_UNITS[measure].unit})`;
  const changes = flowSeries.slice(0, 2).map((s, index) => {
    const known = s.points.filter((p) => p.value !== null);
    if (known.length === 0) return `${s.partnerName} has no published value in this range`;
    const first = known[0];
    const last = known[known.length - 1];
    const verb = last.value! > first.value! ? 'rose' : last.value! < first.value! ? 'fell' : 'was unchanged';
    const subject = index === 0 ? `${s.partnerName}’s ${what}` : `${s.partnerName}’s`;
    return `${subject} ${verb} from ${formatValue(first.value!, measure)} in ${first.year} to ${formatValue(last.value!, measure)} in ${last.year}`;
  });
  const sentence = changes.join(', while ');
  if (!crossover || flowSeries.length < 2) return `${sentence}.`;
  const [a, b] = flowSeries;
  const range = `${a.points[0]?.year}–${a.points[a.points.length - 1]?.year}`;
  const verdict = {
    passed:
      crossover.kind === 'passed'
        ? `${a.partnerName}’s ${measure === 'share' ? 'share' : 'value'} first passed ${b.partnerName}’s in ${crossover.year}`
        : '',
    'already-above':
      crossover.kind === 'already-above'
        ? `${a.partnerName} was already above ${b.partnerName} in ${crossover.year}`
        : '',
    'not-passed': `${a.partnerName} has not passed ${b.partnerName} in ${range}`,
    'no-overlap': `no year in ${range} has values for both`,
  }[crossover.kind];
  return `${sentence}; ${verdict}.`;
}
