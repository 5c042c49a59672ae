import 'server-only';
import { analysisFileStem, analysisTable } from '../analyses/analysis-download';
import { analysisBriefText, analysisShowsClaims, type BriefDrawing } from '../analyses/analysis-brief';
import { describeAnalysis } from '../analyses/describe-analysis';
import type { Brief } from '../brief/brief';
import { seriesDownloadName } from '../csv/download-name';
import { seriesCsv } from '../csv/series-to-csv-rows';
import { articleCoversView, notesForView } from '../panel/article-scope';
import { noteYears } from '../panel/notes';
import { panelTitle, viewPanels } from '../panel/panel-model';
import { describeView } from '../panel/view-title';
import { analysisQueryString } from '../view-state/analysis-state';
import type { ViewTarget } from '../view-state/permalink';
import { storedViewQuery } from '../view-state/permalink';
import { SITE_NAME } from '../view-state/site';
import { viewUrl } from '../view-state/view-url';
import { getArticleInfo, getArticleNotes, getClaimChecks } from './get-article';
import { getEconomyNames } from './get-economy-names';
import { getSeries } from './get-series';
import { getVersionRecord } from './get-versions';
import { loadAnalysis } from './load-analysis';
import { saveSharedView, SharedViewsFullError, SharedViewTooLongError } from './shared-views';

export type BriefParts = { brief: Omit<Brief, 'charts'>; drawing: BriefDrawing };

// A view's brief, read from the same functions as its page and its CSV (house rule 4): the
// dashboard's series, notes and claim checks, or an analysis view's loaded result. The chart is
// drawn by the caller from `drawing` (components draw; lib/data only reads).
export type BriefRequest = { version: number; origin: string; made: string }; // made: YYYY-MM-DD

export async function loadBrief(target: ViewTarget, request: BriefRequest): Promise<BriefParts> {
  return target.view === 'dashboard'
    ? loadDashboardBrief(target.state, request)
    : loadAnalysisBrief(target, request);
}

async function loadDashboardBrief(
  state: Extract<ViewTarget, { view: 'dashboard' }>['state'],
  { origin, made }: BriefRequest,
): Promise<BriefParts> {
  const covered = articleCoversView(state);
  const [series, notes, claims, article] = await Promise.all([
    getSeries(state),
    getArticleNotes(),
    covered ? getClaimChecks() : [],
    getArticleInfo(),
  ]);
  const link = viewUrl(state, origin);
  const reporter = series.series[0]?.reporterName ?? state.reporter;
  const panels = viewPanels(state, series, notes).map((model) => ({
    model,
    title: panelTitle(model, reporter),
  }));
  const names = await getEconomyNames([state.reporter, ...state.partners]);
  const { title } = describeView(state, (code) => names.get(code) ?? code, article);
  const shown = notesForView(state, notes);
  const csvNotes = state.annotations ? notes : [];
  return {
    brief: {
      ...(await versionAndLink(
        { view: 'dashboard', state },
        { version: series.dataVersion, origin, made },
        link,
      )),
      title,
      summary: panels.map(({ model }) => model.summary),
      notes: shown.map((note) => ({
        number: note.number,
        years: noteYears(note),
        title: note.title,
        text: note.note,
      })),
      notesSource: shown.length > 0 ? `${article.publication}, ${article.published}` : null,
      claims,
      sources: [series.source, series.fillSource].filter((s) => s !== null),
      table: seriesCsv(series, csvNotes, link),
      fileStem: seriesDownloadName(series).replace(/\.csv$/, ''),
    },
    drawing: {
      kind: 'dashboard',
      panels,
      source: series.source,
      fillSource: series.fillSource,
      showNotes: state.annotations,
      article,
      viewUrl: link,
    },
  };
}

async function loadAnalysisBrief(
  target: Exclude<ViewTarget, { view: 'dashboard' }>,
  request: BriefRequest,
): Promise<BriefParts> {
  const { origin } = request;
  const { view, state } = target;
  const [result, names, claims] = await Promise.all([
    loadAnalysis(view, state),
    getEconomyNames([state.reporter, ...state.partners, ...state.reporters]),
    analysisShowsClaims(view, state) ? getClaimChecks() : [],
  ]);
  const { title } = describeAnalysis(view, state, (code) => names.get(code) ?? code);
  const link = `${origin}/${view}${analysisQueryString(view, state)}`;
  const text = analysisBriefText(result);
  const table = analysisTable(result, link);
  return {
    brief: {
      ...(await versionAndLink(target, request, link)),
      title,
      summary: text.summary,
      notes: text.notes,
      notesSource: null,
      claims,
      sources: text.sources,
      table: { columns: table.columns, rows: table.rows },
      fileStem: analysisFileStem(view, state),
    },
    drawing: { kind: 'analysis', result, title, viewUrl: link },
  };
}

// The data version with the day it was recorded, the short link that names it, and the day made.
async function versionAndLink(target: ViewTarget, { version, origin, made }: BriefRequest, link: string) {
  const record = version > 0 ? await getVersionRecord(version) : null;
  return {
    site: SITE_NAME,
    dataVersion: { id: version, date: record?.createdAt.slice(0, 10) ?? null },
    viewUrl: link,
    permalink: await permalink(target, version, origin, link),
    made,
  };
}

// The short link is saved on first use (the id is derived from the stored query, so saving is
// idempotent). Past the short-link store's bound, the brief names the view's full address instead.
async function permalink(target: ViewTarget, version: number, origin: string, link: string): Promise<string> {
  try {
    const { id } = await saveSharedView(storedViewQuery(target, version || null));
    return `${origin}/v/${id}`;
  } catch (error) {
    if (error instanceof SharedViewsFullError || error instanceof SharedViewTooLongError) return link;
    throw error;
  }
}
