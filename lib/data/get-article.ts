import 'server-only';
import { ARTICLE } from '../article-source';
import type { ArticleInfo, ArticleNote, ClaimCheck } from '../article-types';
import { claimVerdict, type Comparator } from '../claims/claim-verdict';
import { prisma } from '../db';
import { FLOW_LABELS, type Flow, type Source } from '../trade-terms';

// The article's events, in the order they happened.
export async function getArticleNotes(): Promise<ArticleNote[]> {
  const rows = await prisma.annotation.findMany({ orderBy: [{ yearFrom: 'asc' }, { yearTo: 'asc' }, { id: 'asc' }] });
  return rows.map(({ id, yearFrom, yearTo, title, note, paragraph }) => ({ id, yearFrom, yearTo, title, note, paragraph }));
}

// Each trade claim beside the numbers the database holds for it, newest year first, imports before
// exports (the article's order). The numbers are read here, never typed in; see lib/claims/claim-verdict.ts.
export async function getClaimChecks(): Promise<ClaimCheck[]> {
  const claims = await prisma.claim.findMany({ orderBy: [{ year: 'desc' }, { flow: 'desc' }, { id: 'asc' }] });
  return Promise.all(
    claims.map(async (claim) => {
      const at = { reporterCode: claim.reporterCode, partnerCode: claim.partnerCode, flow: claim.flow as Flow, year: claim.year };
      const [wits, dots] = await Promise.all([readShare('wits', at), readShare('dots', at)]);
      const { verdict, explanation } = claimVerdict({
        comparator: claim.comparator as Comparator,
        threshold: claim.threshold,
        wits: wits?.value ?? null,
        dots: dots?.value ?? null,
      });
      return {
        id: claim.id,
        reporter: claim.reporterCode,
        partner: claim.partnerCode,
        flow: at.flow,
        year: claim.year,
        quote: claim.quote,
        paragraph: claim.paragraph,
        wits: wits ? { value: wits.value } : { value: null, reason: await witsGapReason(at) },
        dots: dots ? { value: dots.value, ...(dots.flag ? { flag: dots.flag } : {}) } : { value: null },
        verdict,
        explanation,
      };
    }),
  );
}

// The outlet and address as loaded with the article datasets; title and date are not in any file.
export async function getArticleInfo(): Promise<ArticleInfo> {
  const dataset = await prisma.dataset.findFirst({ where: { source: 'article' }, orderBy: { id: 'asc' } });
  return {
    title: ARTICLE.title,
    outlet: dataset?.publisher ?? ARTICLE.outlet,
    url: dataset?.url ?? ARTICLE.url,
    published: ARTICLE.published,
  };
}

type ShareKey = { reporterCode: string; partnerCode: string; flow: Flow; year: number };

function readShare(source: Source, at: ShareKey) {
  return prisma.observation.findFirst({ where: { dataset: { source }, ...at, measure: 'share' }, select: { value: true, flag: true } });
}

// WITS publishes a reporter's five largest partners a year, so a missing partner usually means it
// was not among them; a year with no WITS shares at all is a different gap.
async function witsGapReason(at: ShareKey): Promise<string> {
  const [economies, yearHasShares] = await Promise.all([
    prisma.economy.findMany({ where: { code: { in: [at.reporterCode, at.partnerCode] } } }),
    prisma.observation.findFirst({ where: { dataset: { source: 'wits' }, reporterCode: at.reporterCode, flow: at.flow, year: at.year, measure: 'share' } }),
  ]);
  const nameOf = (code: string) => economies.find((e) => e.code === code)?.name ?? code;
  if (!yearHasShares) return `WITS has no ${FLOW_LABELS[at.flow].noun} shares for ${nameOf(at.reporterCode)} in ${at.year}.`;
  const role = at.flow === 'import' ? 'import sources' : 'export destinations';
  return `${nameOf(at.partnerCode)} was not among ${nameOf(at.reporterCode)}'s five largest ${role} in ${at.year}; WITS publishes only the top five.`;
}
