import type { Metadata } from 'next';
import { EmbedView } from '@/components/dashboard/embed-view';
import { parseDashboardState } from '@/lib/dashboard-state';
import { getArticleInfo, getArticleNotes } from '@/lib/data/get-article';
import { getSeries } from '@/lib/data/get-series';
import { getStateContext } from '@/lib/data/get-state-context';
import { viewPath } from '@/lib/view-url';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Kazakhstan’s trade partners (embedded chart)',
  robots: { index: false },
};

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /embed?<view> — the view's first chart alone, frameable by other sites (see next.config.js).
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
