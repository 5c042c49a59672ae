import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnalysisPage } from '@/components/analyses/analysis-page';
import { analysisMetadataFor, loadAnalysisPage } from '@/lib/data/load-analysis-page';
import { getArticleInfo } from '@/lib/data/get-article';
import { publicOrigin } from '@/lib/serving/public-origin';
import { isAnalysisView, type AnalysisView } from '@/lib/view-state/analysis-state';

export const dynamic = 'force-dynamic';

type PageProps = {
  params: Promise<{ view: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// /mirror, /region, /ranking, /sources: one page for every analysis view; any other name is 404.
async function analysisView(params: PageProps['params']): Promise<AnalysisView> {
  const { view } = await params;
  if (!isAnalysisView(view)) notFound();
  return view;
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  return analysisMetadataFor(await analysisView(params), await searchParams, publicOrigin());
}

export default async function AnalysisViewPage({ params, searchParams }: PageProps) {
  const view = await analysisView(params);
  const [data, article] = await Promise.all([loadAnalysisPage(view, await searchParams), getArticleInfo()]);
  return <AnalysisPage data={data} article={article} />;
}
