import type { BriefNote } from '../brief/brief';
import type { ArticleInfo } from '../article/article-types';
import type { PanelModel } from '../panel/panel-model';
import type { SourceInfo } from '../panel/series-types';
import type { AnalysisState, AnalysisView } from '../view-state/analysis-state';
import type { AnalysisResult } from './analysis-result';
import type { Figure } from './figure';

// What an analysis view's brief says besides its title and table: the generated sentences the page
// prints, the notes it shows, and the files it read. One case per view (the compiler asks a new
// view for its own), beside analysisTable and analysisFileStem (./analysis-download.ts).

export type AnalysisBriefText = { summary: string[]; notes: BriefNote[]; sources: SourceInfo[] };

export function analysisBriefText(result: AnalysisResult): AnalysisBriefText {
  const sources = analysisSources(result);
  const note = (title: string, text: string, years: number | null = null) => [
    { years: years === null ? null : String(years), title, text },
  ];
  switch (result.view) {
    case 'mirror': {
      const valuations = [...new Set(result.data.pairs.map((pair) => pair.valuation))];
      return {
        summary: figureSentences(result.figure),
        notes: valuations.flatMap((text) => note('Valuation', text)),
        sources,
      };
    }
    case 'region':
    case 'sources':
      return { summary: figureSentences(result.figure), notes: [], sources };
    case 'ranking':
      return {
        summary: [result.data.ranking.summary],
        notes: note('Aggregates', 'Aggregates (World, regions) are listed apart and not ranked.'),
        sources,
      };
    case 'map':
      return {
        summary: [result.data.map.sentence],
        notes: note('Map', 'Aggregates (World, regions, IMF groups) are not economies and are not drawn.'),
        sources,
      };
    case 'profile': {
      const { profiles, claim } = result.data;
      const odd = profiles.flatMap((p) =>
        Object.values(p.flows).flatMap((f) => f.odd.flatMap((o) => note(p.name, o.text, o.year))),
      );
      const claimNote = claim
        ? note('The article’s resource claim', `“${claim.quote}” ${claim.explanation}`, claim.year)
        : [];
      return { summary: figureSentences(result.figure), notes: [...claimNote, ...odd], sources };
    }
  }
}

// The files a view's figures were read from: its figure's, or the one dataset of a ranking or map.
export function analysisSources(result: AnalysisResult): SourceInfo[] {
  if (result.view === 'ranking' || result.view === 'map')
    return result.data.source ? [result.data.source] : [];
  return result.figure.sources;
}

// The figure's overview, then each panel's own sentence, as the page prints them.
function figureSentences(figure: Figure): string[] {
  const panels = figure.panels.length > 1 ? figure.panels.map((p) => `${p.title}: ${p.summary}`) : [];
  return [figure.summary, ...(figure.panels.length === 1 ? [figure.panels[0].summary] : panels)].filter(
    Boolean,
  );
}

// The article's claim checks sit on the views of Kazakhstan's own figures that compare its partners.
export function analysisShowsClaims(view: AnalysisView, state: AnalysisState): boolean {
  return (view === 'mirror' || view === 'sources') && state.reporter === 'KAZ';
}

// What a brief's chart is drawn from (components/brief/brief-charts.tsx): the dashboard's panels,
// or an analysis view's loaded result.
export type BriefDrawing =
  | {
      kind: 'dashboard';
      panels: { model: PanelModel; title: string }[];
      source: SourceInfo | null;
      fillSource: SourceInfo | null;
      showNotes: boolean;
      article: ArticleInfo;
      viewUrl: string;
    }
  | { kind: 'analysis'; result: AnalysisResult; title: string; viewUrl: string };
