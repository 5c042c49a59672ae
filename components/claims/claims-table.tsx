import type { ArticleInfo, ClaimCheck } from '@/lib/article/article-types';
import { formatValue } from '@/lib/panel/format';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import { DataTable } from '../ui/data-table';

export const VERDICT_LABELS: Record<ClaimCheck['verdict'], string> = {
  consistent: 'Consistent',
  close: 'Close',
  inconsistent: 'Not consistent',
  unverifiable: 'Cannot be checked',
};

// The article's trade claims beside the numbers in our database, with a verdict for each.
export function ClaimsTable({ claims, article }: { claims: ClaimCheck[]; article: ArticleInfo }) {
  return (
    <section className="claims" aria-labelledby="claims-title">
      <h2 id="claims-title">The article’s numbers, checked against the data</h2>
      <p className="muted">
        {article.outlet} ({article.published}) cites “World Bank data” for China’s share of Kazakhstan’s
        trade. Each claim beside the values loaded from the WITS file and from IMF DOTS (share computed as
        China ÷ World).
      </p>
      <p className="scroll-cue" aria-hidden="true">
        Each claim’s verdict is beside it; swipe the table sideways for the sources’ numbers →
      </p>
      <DataTable
        testId="claims-table"
        columns={['Claim', 'Verdict', 'The article says', 'World Bank WITS', 'IMF DOTS (derived)']}
      >
        {claims.map((claim) => (
          <tr key={claim.id} data-claim={claim.id}>
            <th scope="row">
              China’s share of {FLOW_LABELS[claim.flow].noun}, {claim.year}
            </th>
            <td data-verdict>
              <strong className={`verdict verdict-${claim.verdict}`}>{VERDICT_LABELS[claim.verdict]}</strong>
              <span className="muted"> {claim.explanation}</span>
            </td>
            <td>
              “{claim.quote}” <span className="muted">(paragraph {claim.paragraph})</span>
            </td>
            <td data-source="wits">
              {claim.wits.value !== null ? (
                formatValue(claim.wits.value, 'share')
              ) : (
                <>
                  — <span className="muted">{claim.wits.reason}</span>
                </>
              )}
            </td>
            <td data-source="dots">
              {claim.dots.value !== null ? formatValue(claim.dots.value, 'share') : '—'}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
