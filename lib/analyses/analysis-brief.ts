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
  switch (result.view) {
    case 'mirror': {
      const valuations = [...new Set(result.data.pairs.map((pair) => pair.valuation))];
      const notes = valuations.map((text) => ({ years: null, title: 'Valuation', text }));
      return { summary: figureSentences(result.figure), notes, sources: result.figure.sources };
    }
    case 'region':
    case 'sources':
      return { summary: figureSentences(result.figure), notes: [], sources: result.figure.sources };
    case 'ranking': {
      const { ranking, source } = result.data;
      const note = 'Aggregates (World, regions) are listed apart and not ranked.';
      return {
        summary: [ranking.summary],
        notes: [{ years: null, title: 'Aggregates', text: note }],
        sources: source ? [source] : [],
      };
    }
    case 'map': {
      const { map, source } = result.data;
      const note = 'Aggregates (World, regions, IMF groups) are not economies and are not drawn.';
      return {
        summary: [map.sentence],
        notes: [{ years: null, title: 'Map', text: note }],
        sources: source ? [source] : [],
      };
    }
    case 'profile': {
      const { profiles, claim, sources } = result.data;
      const odd = profiles.flatMap((p) =>
        Object.values(p.flows).flatMap((f) =>
          f.odd.map((o) => ({ years: String(o.year), title: p.name, text: o.text })),
        ),
      );
      const claimNote = claim
        ? [
            {
              years: String(claim.year),
              title: 'The article’s resource claim',
              text: `“${claim.quote}” ${claim.explanation}`,
            },
          ]
        : [];
      return { summary: figureSentences(result.figure), notes: [...claimNote, ...odd], sources };
    }
  }
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
