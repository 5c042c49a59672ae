import 'server-only';
import { ARTICLE } from '../article/article-source';
import type { ArticleInfo, ArticleNote, ClaimCheck } from '../article/article-types';
import { claimVerdict, type Comparator } from '../article/claim-verdict';
import { prisma } from '../database/db';
import { DEFAULT_STATE } from '../view-state/dashboard-state';
import type { Flow, Source } from '../view-state/trade-terms';
import { cachedByVersion } from './cached-by-version';
import { getSeries } from './get-series';

// The article's events, in the order they happened.
export const getArticleNotes = cachedByVersion('article-notes', () => '', readArticleNotes);

async function readArticleNotes(): Promise<ArticleNote[]> {
  return prisma.annotation.findMany({
    select: { id: true, yearFrom: true, yearTo: true, title: true, note: true, paragraph: true },
    orderBy: [{ yearFrom: 'asc' }, { yearTo: 'asc' }, { id: 'asc' }],
  });
}

// Each trade claim beside the numbers the database holds for it, newest year first, imports before
// exports (the article's order). The numbers are read here, never typed in; see lib/article/claim-verdict.ts.
export const getClaimChecks = cachedByVersion('claim-checks', () => '', readClaimChecks);

async function readClaimChecks(): Promise<ClaimCheck[]> {
  const claims = await prisma.claim.findMany({
    orderBy: [{ year: 'desc' }, { flow: 'desc' }, { id: 'asc' }],
  });
  return Promise.all(
    claims.map(async (claim) => {
      const flow = claim.flow as Flow;
      const [wits, dots] = await Promise.all([shareAt('wits', claim), shareAt('dots', claim)]);
      const { verdict, explanation } = claimVerdict({
        comparator: claim.comparator as Comparator,
        threshold: claim.threshold,
        wits: wits.value,
        dots: dots.value,
      });
      return {
        id: claim.id,
        reporter: claim.reporterCode,
        partner: claim.partnerCode,
        flow,
        year: claim.year,
        quote: claim.quote,
        paragraph: claim.paragraph,
        wits: wits.value !== null ? { value: wits.value } : { value: null, reason: wits.reason },
        dots:
          dots.value !== null
            ? { value: dots.value, ...(dots.flag ? { flag: dots.flag } : {}) }
            : { value: null },
        verdict,
        explanation,
      };
    }),
  );
}

// The outlet and address as loaded with the article datasets; the rest from data/article/article.json.
export const getArticleInfo = cachedByVersion('article-info', () => '', readArticleInfo);

async function readArticleInfo(): Promise<ArticleInfo> {
  const dataset = await prisma.dataset.findFirst({ where: { source: 'article' }, orderBy: { id: 'asc' } });
  return {
    title: ARTICLE.title,
    outlet: dataset?.publisher ?? ARTICLE.outlet,
    publication: ARTICLE.publication,
    reporter: ARTICLE.reporter,
    url: dataset?.url ?? ARTICLE.url,
    published: ARTICLE.published,
  };
}

// The claim's share as the dashboard shows it for that one year: the same query, the same gap reasons.
async function shareAt(
  source: Source,
  claim: { reporterCode: string; partnerCode: string; flow: string; year: number },
) {
  const { series } = await getSeries({
    ...DEFAULT_STATE,
    reporter: claim.reporterCode,
    partners: [claim.partnerCode],
    flows: [claim.flow as Flow],
    from: claim.year,
    to: claim.year,
    source,
    measure: 'share',
    fill: false,
  });
  return series[0].points[0];
}
