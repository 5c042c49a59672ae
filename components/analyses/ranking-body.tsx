import type { PartnerShares, Ranking } from '@/lib/analyses/ranking';
import { DEFAULT_STATE, MAX_PARTNERS, dashboardQueryString } from '@/lib/view-state/dashboard-state';
import { type AnalysisState } from '@/lib/view-state/analysis-state';
import { formatDifference, formatNumber, formatValue } from '@/lib/panel/format';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import { DataTable } from '../ui/data-table';
import { FIXED_SHARE_LABEL, FIXED_SHARE_REASON } from '@/lib/panel/fixed-share-estimates';
import { RankingBarsSvg, RankingLegend, RANKING_BARS } from './ranking-bars-svg';

type Props = { ranking: Ranking; state: AnalysisState; reporterName: string };

// Who trades with whom: the leaders as bars, every partner in a table (each links to the chart
// view with that partner added), and the aggregates listed apart.
export function RankingBody({ ranking, state, reporterName }: Props) {
  return (
    <>
      <figure className="analysis-figure" aria-labelledby="figure-caption">
        <RankingLegend ranking={ranking} />
        <div className="ranking-chart">
          <RankingBarsSvg
            ranking={ranking}
            label={`The ${Math.min(RANKING_BARS, ranking.ranked.length)} largest partners by share. ${ranking.summary}`}
          />
        </div>
        <figcaption id="figure-caption" className="summary" data-testid="figure-summary">
          {ranking.summary}
        </figcaption>
      </figure>
      <section className="analysis-table" aria-labelledby="ranking-title">
        <h2 id="ranking-title">
          Every partner of {reporterName}’s {FLOW_LABELS[state.flow].noun}, {ranking.year}
        </h2>
        <DataTable
          testId="ranking-table"
          className="numeric-table"
          caption={
            <>
              Share = partner ÷ World × 100; change in percentage points since {ranking.base}.
              {ranking.estimatedYears.length > 0 ? (
                <span className="estimate-flag" data-estimate>
                  {' '}
                  {ranking.estimatedYears.join(' and ')}: {FIXED_SHARE_LABEL.toLowerCase()}.{' '}
                  {FIXED_SHARE_REASON}
                </span>
              ) : null}
            </>
          }
          columns={[
            'Rank',
            'Partner',
            `Share ${ranking.year}`,
            `Share ${ranking.base}`,
            'Change',
            `Rank ${ranking.base}`,
          ]}
        >
          {ranking.ranked.map((p) => (
            <tr key={p.code} data-partner={p.code}>
              <td>{p.rank}</td>
              <th scope="row">
                <a href={chartLink(state, p.code)} title={`Open the chart with ${p.name} added`}>
                  {p.name}
                </a>
              </th>
              <td data-share>{formatValue(p.share!.value, 'share')}</td>
              <td>{p.baseShare ? formatValue(p.baseShare.value, 'share') : '—'}</td>
              <td>
                {p.change !== null ? formatDifference(p.change, 'share') : `— no share in ${ranking.base}`}
              </td>
              <td>{p.baseRank ?? '—'}</td>
            </tr>
          ))}
        </DataTable>
        {ranking.absent.length > 0 ? (
          <p className="muted">
            Partners with a share in {ranking.base} but none in {ranking.year}:{' '}
            {ranking.absent.map((p) => p.name).join(', ')}.
          </p>
        ) : null}
      </section>
      <section className="analysis-table" aria-labelledby="aggregates-title">
        <h2 id="aggregates-title">Aggregates, not ranked</h2>
        <p className="muted">
          World, regions and IMF country groups are sums of partners, not partners: they are listed here and
          kept out of the ranking.
        </p>
        <DataTable
          testId="aggregates-table"
          className="numeric-table"
          columns={[
            'Aggregate',
            `Share ${ranking.year}`,
            `Share ${ranking.base}`,
            `US$ million ${ranking.year}`,
          ]}
        >
          {ranking.aggregates.map((p: PartnerShares) => (
            <tr key={p.code} data-aggregate={p.code}>
              <th scope="row">{p.name} (aggregate)</th>
              <td>{aggregateShare(p.code, p.share)}</td>
              <td>{aggregateShare(p.code, p.baseShare)}</td>
              <td>{p.amount != null ? formatNumber(p.amount, 'value') : '—'}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </>
  );
}

// The dashboard's chart view for this reporter, flow and source, with the partner added to the
// default pair (the oldest one dropped when the chart already shows the most it can).
export function chartLink(state: AnalysisState, partner: string): string {
  const partners = DEFAULT_STATE.partners.includes(partner)
    ? DEFAULT_STATE.partners
    : [...DEFAULT_STATE.partners, partner].slice(-MAX_PARTNERS);
  return `/${dashboardQueryString({
    ...DEFAULT_STATE,
    reporter: state.reporter,
    partners,
    flows: [state.flow],
    source: state.source,
    from: Math.min(state.base, state.year),
    to: Math.max(state.base, state.year),
  })}`;
}

// The world is every partner: its share is 100 % whether or not a file states it.
function aggregateShare(code: string, share: { value: number } | null | undefined): string {
  if (share) return formatValue(share.value, 'share');
  return code === 'WLD' ? '100 % by definition' : '—';
}
