import type { Figure } from '@/lib/analyses/figure';
import type { SourceComparison } from '@/lib/analyses/source-comparison';
import { formatDifference, formatValue } from '@/lib/panel/format';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import type { SeriesPoint } from '@/lib/panel/series-types';
import { DataTable } from '../ui/data-table';
import { ValueMarks } from '../ui/value-marks';
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
          <DataTable
            testId={`sources-table-${s.partner}-${s.flow}`}
            caption={
              <>
                Percent of {s.reporterName}’s total {FLOW_LABELS[s.flow].noun}. WITS from{' '}
                <code>{witsFile}</code>; IMF DOTS computed as partner ÷ World × 100 from{' '}
                <code>{dotsFile}</code>.
              </>
            }
            columns={['Year', 'World Bank WITS', 'IMF DOTS', 'WITS − IMF DOTS']}
          >
            {s.years.map((y) => (
              <tr key={y.year} data-year={y.year}>
                <th scope="row">{y.year}</th>
                <ShareCell source="wits" point={y.wits} />
                <ShareCell source="dots" point={y.dots} />
                <td data-difference>
                  {y.difference !== null ? formatDifference(y.difference, 'share') : '—'}
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
    </>
  );
}

// One source's share in a year, with its flag; or, where it has none, the reason.
function ShareCell({ source, point }: { source: 'wits' | 'dots'; point: SeriesPoint }) {
  return (
    <td data-source={source}>
      {point.value !== null ? (
        <>
          {formatValue(point.value, 'share')}
          <ValueMarks flag={point.flag} fixedShare={point.fixedShare} />
        </>
      ) : (
        <>
          — <span className="muted gap-reason">{point.reason}</span>
        </>
      )}
    </td>
  );
}
