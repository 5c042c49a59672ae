import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { AnalysisNav } from '@/components/analyses/analysis-nav';
import { PREVIEW_SIZE } from '@/components/charts/chart-preview';
import { Dashboard } from '@/components/dashboard/dashboard';
import { parseDashboardState } from '@/lib/view-state/dashboard-state';
import { getArticleInfo, getArticleNotes, getClaimChecks } from '@/lib/data/get-article';
import { getCatalog, getReporterPartners } from '@/lib/data/get-catalog';
import { getSeries } from '@/lib/data/get-series';
import { getStateContext } from '@/lib/data/get-state-context';
import { getViewDescription } from '@/lib/data/get-view-description';
import { getViewPanels } from '@/lib/data/get-view-panels';
import { makeQueryClient } from '@/lib/client/query-client';
import { partnersQueryOptions } from '@/lib/client/partners-query';
import { seriesQueryOptions } from '@/lib/client/series-query';
import { publicOrigin } from '@/lib/serving/public-origin';
import { linkPreviewMetadata } from '@/lib/view-state/link-preview';
import { viewPreviewPath, viewUrl } from '@/lib/view-state/view-url';

export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The title, description and preview image name the view, so a pasted link unfurls with its charts; the
// description and the card lead with the page's headline: what every flow of the view shows.
export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { state } = parseDashboardState(await searchParams, await getStateContext());
  const [{ title, description }, { headline }] = await Promise.all([
    getViewDescription(state),
    getViewPanels(state),
  ]);
  const origin = publicOrigin();
  const image = {
    url: `${origin}${viewPreviewPath(state)}`,
    width: PREVIEW_SIZE.width,
    height: PREVIEW_SIZE.height,
    alt: `${headline}. ${title}`,
  };
  return linkPreviewMetadata(title, `${headline}. ${description}`, viewUrl(state, origin), image);
}

// The server renders the whole first view — charts' SVG, tables, notes and claim checks — from the
// database; the client then takes over changes of view through /api/series.
export default async function HomePage({ searchParams }: PageProps) {
  const context = await getStateContext();
  const { state } = parseDashboardState(await searchParams, context);
  const [series, notes, claims, article, catalog, partners] = await Promise.all([
    getSeries(state),
    getArticleNotes(),
    getClaimChecks(),
    getArticleInfo(),
    getCatalog(),
    getReporterPartners(state.source, state.reporter),
  ]);
  const queryClient = makeQueryClient();
  queryClient.setQueryData(seriesQueryOptions(state).queryKey, series);
  // Only the current reporter's partners come with the page; another's are fetched when chosen.
  queryClient.setQueryData(partnersQueryOptions(state.source, state.reporter).queryKey, {
    reporter: state.reporter,
    source: state.source,
    partners: partners ?? [],
  });

  return (
    <main>
      <AnalysisNav current="dashboard" />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Dashboard
          years={context.years}
          dataVersions={{
            current: context.dataVersions?.current ?? 0,
            ids: [...(context.dataVersions?.ids ?? [])],
          }}
          notes={notes}
          claims={claims}
          article={article}
          catalog={catalog}
          origin={publicOrigin()}
        />
      </HydrationBoundary>
      <footer className="page-footer">
        <h2>About the data</h2>
        <p>
          WITS publishes partner shares only for each year’s five largest partners, so a partner outside the
          top five has no value that year: the chart leaves a gap and the table says why. IMF DOTS publishes
          values for every partner; shares from it are computed here as partner ÷ World × 100 and marked as
          such. Every number comes from the files under <code>data/</code> in this project’s repository,
          loaded into its database.
        </p>
      </footer>
    </main>
  );
}
