import type { ArticleInfo } from '@/lib/article/article-types';
import type { FlowFinding } from '@/lib/panel/flow-findings';
import type { DashboardState } from '@/lib/view-state/dashboard-state';
import { viewHeading, viewLede } from '@/lib/panel/view-text';
import { analysisQueryString, ANALYSIS_DEFAULTS } from '@/lib/view-state/analysis-state';

type Props = {
  state: DashboardState;
  nameOf: (code: string) => string;
  findings: FlowFinding[];
  article: ArticleInfo;
  showArticle: boolean; // the view is of the reporter the article is about
};

// The page's heading and lede, worded for the view (lib/panel/view-text.ts).
export function ViewHeader({ state, nameOf, findings, article, showArticle }: Props) {
  return (
    <header className="page-header">
      <h1>{viewHeading(state, nameOf, findings)}</h1>
      <p className="lede">
        {viewLede(state, nameOf)}
        {showArticle ? (
          <>
            , with events from a {article.published} article in <cite>{article.outlet}</cite>
          </>
        ) : null}
        .
      </p>
      <p className="profile-link">
        <a
          href={`/profile${analysisQueryString('profile', { ...ANALYSIS_DEFAULTS.profile, reporter: state.reporter })}`}
        >
          What {nameOf(state.reporter)} trades: product groups and trade indicators
        </a>
      </p>
    </header>
  );
}
