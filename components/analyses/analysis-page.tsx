import { ANALYSIS_LABELS } from '@/lib/analyses/describe-analysis';
import type { AnalysisPageData } from '@/lib/analyses/analysis-result';
import { analysisSources } from '@/lib/analyses/analysis-brief';
import type { ArticleInfo } from '@/lib/article/article-types';
import { ViewBrief } from '../brief/view-brief';
import { publicOrigin } from '@/lib/serving/public-origin';
import { ClaimsTable } from '../claims/claims-table';
import { PrintStamp } from '../ui/print-stamp';
import { UrlNotice } from '../dashboard/url-notice';
import { AnalysisBody } from './analysis-body';
import { AnalysisControls } from './analysis-controls';
import { AnalysisDownloads } from './analysis-downloads';
import { AnalysisNav } from './analysis-nav';
import { SourceList } from './source-list';

const LEDES = {
  mirror:
    'Every flow between two economies is reported twice. Here the reporter’s own figures stand beside ' +
    'what each partner reports of the same trade, from IMF DOTS, with the gap between them.',
  region:
    'China’s share of each reporter’s trade against Russia’s, one panel per reporter, on the same axes.',
  ranking:
    'The reporter’s partners ranked by their share of its trade in one year, with the change since another.',
  sources:
    'The World Bank’s WITS shares against the shares computed from IMF DOTS for the same reporter, partner, flow and years.',
  map:
    'Every economy that reports to IMF DOTS, coloured by which of two partners has the larger share of its trade, ' +
    'or by when the first passed the second.',
  profile:
    'What the reporter sells and buys: its exports and imports by WITS product group and stage of processing, ' +
    'with its trade indicators, all with the World as partner.',
} as const;

// The frame every analysis view shares: heading, nav, notice, settings, downloads, body, sources.
export function AnalysisPage({ data, article }: { data: AnalysisPageData; article: ArticleInfo | null }) {
  const { view, result } = data;
  return (
    <main className="analysis-page" data-view={view}>
      <header className="page-header">
        <AnalysisNav current={view} />
        <p className="eyebrow">{ANALYSIS_LABELS[view].heading}</p>
        <h1 data-swap="title">{data.title}</h1>
        <p className="lede">{LEDES[view]}</p>
      </header>
      <PrintStamp url={`${publicOrigin()}/${view}${data.query}`} />
      <UrlNotice issues={data.issues} />
      <AnalysisControls
        view={view}
        state={result.state}
        reporters={data.reporters}
        economies={data.economies}
        years={data.years}
      />
      <AnalysisDownloads view={view} query={data.query} />
      <ViewBrief view={view} query={data.query} />
      <AnalysisBody result={result} />
      {data.claims && article ? <ClaimsTable claims={data.claims} article={article} /> : null}
      <footer className="page-footer">
        <h2>Sources</h2>
        <SourceList sources={analysisSources(result)} />
      </footer>
    </main>
  );
}
