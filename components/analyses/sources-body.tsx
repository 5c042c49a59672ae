import type { Figure } from '@/lib/analyses/figure';
import type { SourceComparison } from '@/lib/analyses/source-comparison';
import { formatDifference, formatValue } from '@/lib/panel/format';
import { FLOW_LABELS, flagLabel } from '@/lib/view-state/trade-terms';
import { AnalysisFigure } from './analysis-figure';

// WITS against IMF DOTS: both series drawn, then for each a table of the differences; every
// column names the file its numbers come from.
export function SourcesBody({ comparison, figure }: { comparison: SourceComparison; figure: Figure }) {
  const witsFile = comparison.wits?.file ?? 'no WITS file for this reporter';
  const dotsFile = comparison.dots?.file ?? 'no IMF DOTS file for this reporter';
  return (
    <>
      <AnalysisFigure figure={figure} caption={figure.summary} />
      {comparison.series.map((s) => (
        <section
          key={`${s.partner}-${s.flow}`}
          className="analysis-table"
          aria-labelledby={`t-${s.partner}-${s.flow}`}
        >
          <h2 id={`t-${s.partner}-${s.flow}`}>
            {s.partnerName}’s share of {s.reporterName}’s {FLOW_LABELS[s.flow].noun}: the differences
          </h2>
          <div className="table-scroll">
            <table className="data-table" data-testid={`sources-table-${s.partner}-${s.flow}`}>
              <caption>
                Percent of {s.reporterName}’s total {FLOW_LABELS[s.flow].noun}. WITS from{' '}
                <code>{witsFile}</code>; IMF DOTS computed as partner ÷ World × 100 from{' '}
                <code>{dotsFile}</code>.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">World Bank WITS</th>
                  <th scope="col">IMF DOTS</th>
                  <th scope="col">WITS − IMF DOTS</th>
                </tr>
              </thead>
              <tbody>
                {s.years.map((y) => (
                  <tr key={y.year} data-year={y.year}>
                    <th scope="row">{y.year}</th>
                    <td data-source="wits">
                      {y.wits.value !== null ? (
                        formatValue(y.wits.value, 'share')
                      ) : (
                        <>
                          — <span className="muted gap-reason">{y.wits.reason}</span>
                        </>
                      )}
                    </td>
                    <td data-source="dots">
                      {y.dots.value !== null ? (
                        <>
                          {formatValue(y.dots.value, 'share')}
                          {y.dots.flag ? <span className="muted"> ({flagLabel(y.dots.flag)})</span> : null}
                        </>
                      ) : (
                        <>
                          — <span className="muted gap-reason">{y.dots.reason}</span>
                        </>
                      )}
                    </td>
                    <td data-difference>
                      {y.difference !== null ? formatDifference(y.difference, 'share') : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
