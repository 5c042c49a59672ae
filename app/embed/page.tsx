import type { Metadata } from 'next';
import { EmbedView } from '@/components/dashboard/embed-view';
import { parseDashboardState } from '@/lib/view-state/dashboard-state';
import { getArticleInfo, getArticleNotes } from '@/lib/data/get-article';
import { getSeries } from '@/lib/data/get-series';
import { getStateContext } from '@/lib/data/get-state-context';
import { getViewDescription } from '@/lib/data/get-view-description';
import { viewPath } from '@/lib/view-state/view-url';

export const dynamic = 'force-dynamic';
type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Named after the view, like the dashboard; never indexed.
export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { state } = parseDashboardState(await searchParams, await getStateContext());
  const { title } = await getViewDescription({ ...state, flows: [state.flows[0]] });
  return { title: `${title} (embedded chart)`, robots: { index: false } };
}

// /embed?<view> — the view's first chart alone, which any site may frame (proxy.ts sets frame-ancestors for /embed).
export default async function EmbedPage({ searchParams }: PageProps) {
  const { state } = parseDashboardState(await searchParams, await getStateContext());
  const [series, notes, article] = await Promise.all([getSeries(state), getArticleNotes(), getArticleInfo()]);
  return (
    <main className="embed">
      <EmbedView state={state} series={series} notes={notes} article={article} />
      <p className="embed-link">
        <a href={viewPath(state)} target="_top">
          Open the full dashboard for this view
        </a>
      </p>
    </main>
  );
}
