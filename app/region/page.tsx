import type { Metadata } from 'next';
import { AnalysisPage } from '@/components/analyses/analysis-page';
import { analysisMetadataFor, loadAnalysisPage } from '@/lib/data/load-analysis-page';
import { getArticleInfo } from '@/lib/data/get-article';
import { publicOrigin } from '@/lib/serving/public-origin';

export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  return analysisMetadataFor('region', await searchParams, publicOrigin());
}

export default async function RegionPage({ searchParams }: PageProps) {
  const [data, article] = await Promise.all([
    loadAnalysisPage('region', await searchParams),
    getArticleInfo(),
  ]);
  return <AnalysisPage data={data} article={article} />;
}
