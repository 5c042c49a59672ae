import type { MirrorPair } from '@/lib/analyses/mirror';
import type { Figure } from '@/lib/analyses/figure';
import { formatNumber } from '@/lib/panel/format';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import { DataTable } from '../ui/data-table';
import { ValueMarks } from '../ui/value-marks';
import { AnalysisFigure } from './analysis-figure';

// Reported against mirror: the figure, then for each pair its valuation note and its table.
export function MirrorBody({ pairs, figure }: { pairs: MirrorPair[]; figure: Figure }) {
  return (
    <>
      <AnalysisFigure figure={figure} caption={figure.summary} />
      {pairs.map((pair) => (
        <section
          key={`${pair.partner.code}-${pair.flow}`}
          className="analysis-table"
          aria-labelledby={`t-${pair.partner.code}-${pair.flow}`}
        >
          <h2 id={`t-${pair.partner.code}-${pair.flow}`}>
            {pair.reporter.name}’s {FLOW_LABELS[pair.flow].noun} {pair.flow === 'import' ? 'from' : 'to'}{' '}
            {pair.partner.name}, both sides
          </h2>
          <p className="valuation-note" data-testid="valuation-note">
            {pair.valuation}
          </p>
          <DataTable
            testId={`mirror-table-${pair.partner.code}-${pair.flow}`}
            caption={
              <>
                US$ million; gap = {pair.reporter.name}’s figure − {pair.partner.name}’s, and as % of{' '}
                {pair.partner.name}’s.
              </>
            }
            columns={[
              'Year',
              `${pair.reporter.name} reports`,
              `${pair.partner.name} reports`,
              'Gap',
              'Gap %',
              'Missing',
            ]}
          >
            {pair.rows.map((row) => (
              <tr key={row.year} data-year={row.year}>
                <th scope="row">{row.year}</th>
                <td data-side="own">{cell(row.own)}</td>
                <td data-side="mirror">{cell(row.mirror)}</td>
                <td data-gap>{row.gap !== null ? signed(row.gap) : '—'}</td>
                <td>{row.gapPercent !== null ? `${signed(row.gapPercent)} %` : '—'}</td>
                <td className="muted missing-reason">{row.reason}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
    </>
  );
}

function cell(value: { value: number; flag: string | null; fixedShare?: true } | null) {
  if (!value) return <span aria-label="no value">—</span>;
  return (
    <>
      {formatNumber(value.value, 'value')}
      <ValueMarks flag={value.flag} fixedShare={value.fixedShare} />
    </>
  );
}

function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatNumber(Math.abs(n), 'value')}`;
}
