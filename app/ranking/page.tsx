import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { AnalysisPage } from '@/components/analyses/analysis-page';
import { analysisMetadataFor, loadAnalysisPage } from '@/lib/data/load-analysis-page';
import { getArticleInfo } from '@/lib/data/get-article';
import { requestOrigin } from '@/lib/serving/request-origin';

export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  return analysisMetadataFor(
    'ranking',
    await searchParams,
    requestOrigin(await headers(), 'http://localhost:3000'),
  );
}

export default async function RankingPage({ searchParams }: PageProps) {
  const [data, article] = await Promise.all([
    loadAnalysisPage('ranking', await searchParams),
    getArticleInfo(),
  ]);
  return <AnalysisPage data={data} article={article} />;
}
