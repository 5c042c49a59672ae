import type { ArticleNote } from '../article/article-types';
import { findFirstPassed, type FirstPassed } from './first-passed';
import type { DashboardState } from '../view-state/dashboard-state';
import { notesForView } from './article-scope';
import type { PlacedNote } from './notes';
import type { Series, SeriesPoint, SeriesResponse } from './series-types';
import { summarisePanel } from './summaries';
import { estimatedSpans, type YearSpan } from './fixed-share-estimates';
import { formatVersionDate } from './format';
import { FLOW_LABELS, type Flow, type Measure } from '../view-state/trade-terms';
import type { LinkChanges } from './version-types';

// Rows → what a panel draws and says, with no pixels: one row per year, lines per partner, the
// notes in range, the first year the first partner passed the second, and a plain summary.
// Components draw this; colours and sizes live beside them (components/charts/chart-constants.ts).

export type ChartRow = { year: number } & Record<string, number | null>;

export type ChartLine = {
  dataKey: string;
  partner: string;
  name: string;
  filled: boolean; // true for the dashed line of gap-filling values from another source
  linkVersion: boolean; // true for the dotted grey line of the values as of a link's data version, drawn over today's
  markedYears?: number[]; // markers only in these years (a link's line: where its value differs)
  styleIndex: number; // the partner's place in the view: picks its colour, dash and marker
};

export type PanelModel = {
  flow: Flow;
  measure: Measure;
  title: string;
  rows: ChartRow[];
  lines: ChartLine[];
  points: Map<string, Map<number, SeriesPoint>>; // partner → year → point, for tooltips and tables
  partnerNames: Map<string, string>;
  notes: PlacedNote[];
  crossover: FirstPassed | null; // null when fewer than two partners
  summary: string;
  estimated: YearSpan[]; // years whose values are IMF estimates with fixed partner shares: drawn apart
};

export const filledKey = (partner: string) => `${partner}__filled`;
export const linkVersionKey = (partner: string) => `${partner}__link`;

export function buildPanelModel(
  series: Series[],
  flow: Flow,
  measure: Measure,
  notes: PlacedNote[],
  sinceLink: LinkChanges | null = null, // given: also draw each changed partner's values as of the link
): PanelModel {
  const flowSeries = series.filter((s) => s.flow === flow);
  const linkChanges = new Map(
    sinceLink?.changes.filter((c) => c.flow === flow).map((c) => [`${c.partner}|${c.year}`, c.then]),
  );
  const changedPartners = new Set(sinceLink?.changes.filter((c) => c.flow === flow).map((c) => c.partner));
  const years = flowSeries[0]?.points.map((p) => p.year) ?? [];
  const points = new Map(flowSeries.map((s) => [s.partner, new Map(s.points.map((p) => [p.year, p]))]));
  const partnerNames = new Map(flowSeries.map((s) => [s.partner, s.partnerName]));

  const rows: ChartRow[] = years.map((year) => {
    const row: ChartRow = { year } as ChartRow;
    for (const s of flowSeries) {
      const point = points.get(s.partner)?.get(year);
      row[s.partner] = point?.value ?? null;
      row[filledKey(s.partner)] = filledValue(s.points, year);
      if (changedPartners.has(s.partner)) {
        const key = `${s.partner}|${year}`;
        row[linkVersionKey(s.partner)] = linkChanges.has(key)
          ? linkChanges.get(key)!
          : (point?.value ?? null);
      }
    }
    return row;
  });

  const lines: ChartLine[] = flowSeries.flatMap((s, styleIndex) => {
    const line = (dataKey: string, name: string, kind: Partial<ChartLine> = {}): ChartLine => ({
      dataKey,
      partner: s.partner,
      name,
      filled: false,
      linkVersion: false,
      styleIndex,
      ...kind,
    });
    const fill = s.points.some((p) => p.filled)
      ? [line(filledKey(s.partner), `${s.partnerName} (IMF DOTS, fills gaps)`, { filled: true })]
      : [];
    const asOfLink =
      sinceLink && changedPartners.has(s.partner)
        ? [
            line(
              linkVersionKey(s.partner),
              `${s.partnerName} as of data version ${sinceLink.version} (${formatVersionDate(sinceLink.createdAt)})`,
              {
                linkVersion: true,
                markedYears: sinceLink.changes
                  .filter((c) => c.flow === flow && c.partner === s.partner && c.then !== null)
                  .map((c) => c.year),
              },
            ),
          ]
        : [];
    return [line(s.partner, s.partnerName), ...fill, ...asOfLink];
  });

  const crossover =
    flowSeries.length >= 2 ? findFirstPassed(flowSeries[0].points, flowSeries[1].points) : null;
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
    summary: summarisePanel(flowSeries, flow, measure, crossover),
    // The main source's estimates, and those of the source that fills its gaps (IMF DOTS).
    estimated: estimatedSpans(
      flowSeries.flatMap((s) =>
        s.points.map((p) => ({ year: p.year, fixedShare: p.fixedShare ?? p.filled?.fixedShare })),
      ),
    ),
  };
}

// Whether a year's values are IMF estimates with fixed partner shares (hollow markers, a grey band).
export function isEstimatedYear(model: Pick<PanelModel, 'estimated'>, year: number): boolean {
  return model.estimated.some((s) => year >= s.firstYear && year <= s.lastYear);
}

// Whether a line has a marker in a year: every year it has a value, unless it names its years.
export function isMarked(line: ChartLine, year: number): boolean {
  return line.markedYears === undefined || line.markedYears.includes(year);
}

// A view's panels, one per flow, with the article's notes placed when the view shows them (and is
// of the reporter the article is about): what
// the dashboard, the embed and the image downloads all draw.
export function viewPanels(
  state: DashboardState,
  response: SeriesResponse,
  notes: ArticleNote[],
): PanelModel[] {
  const placed = notesForView(state, notes);
  const sinceLink = state.compare ? response.sinceLink : null;
  return state.flows.map((flow) => buildPanelModel(response.series, flow, state.measure, placed, sinceLink));
}

// "Imports: Kazakhstan, 1995–2017": a panel's heading, and the title of its image downloads.
export function panelTitle(model: PanelModel, reporterName: string): string {
  const years =
    model.rows.length > 0 ? `${model.rows[0].year}–${model.rows[model.rows.length - 1].year}` : '';
  return `${model.title}: ${reporterName}, ${years}`;
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
