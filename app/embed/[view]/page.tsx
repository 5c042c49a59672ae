import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnalysisBody } from '@/components/analyses/analysis-body';
import { loadAnalysisPage } from '@/lib/data/load-analysis-page';
import { isAnalysisView } from '@/lib/view-state/analysis-state';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Trade analysis (embedded)', robots: { index: false } };

type PageProps = {
  params: Promise<{ view: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// /embed/<view>?<state> — an analysis view's figure and tables alone, frameable by other sites.
export default async function EmbedAnalysisPage({ params, searchParams }: PageProps) {
  const { view } = await params;
  if (!isAnalysisView(view)) notFound();
  const data = await loadAnalysisPage(view, await searchParams);
  return (
    <main className="embed analysis-page" data-view={view}>
      {/* data-swap: the map's year stepper swaps the title and the link with the figure (swapFrom). */}
      <h1 className="embed-title" data-swap="title">
        {data.title}
      </h1>
      <AnalysisBody result={data.result} />
      <p className="embed-link" data-swap="embed-link">
        <a href={`/${view}${data.query}`} target="_top">
          Open the full view
        </a>
      </p>
    </main>
  );
}
