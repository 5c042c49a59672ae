import { formatDifference, formatValue, formatVersionDate } from '@/lib/panel/format';
import type { Measure } from '@/lib/view-state/trade-terms';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import type { LinkChanges } from '@/lib/panel/version-types';

type Props = { sinceLink: LinkChanges; measure: Measure; nameOf: (code: string) => string };

// Every value of the view that differs between the link's data version and today.
export function ChangesTable({ sinceLink, measure, nameOf }: Props) {
  const value = (v: number | null) =>
    v === null ? <span aria-label="no value">—</span> : formatValue(v, measure);
  return (
    <div className="table-scroll">
      <table className="data-table changes-table" data-testid="changes-table">
        <caption>
          Values changed since data version {sinceLink.version} ({formatVersionDate(sinceLink.createdAt)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Partner, flow</th>
            <th scope="col">Year</th>
            <th scope="col">As of version {sinceLink.version}</th>
            <th scope="col">Today (version {sinceLink.currentVersion})</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {sinceLink.changes.map((c) => (
            <tr key={`${c.flow}|${c.partner}|${c.year}`} data-partner={c.partner} data-flow={c.flow}>
              <td>
                {nameOf(c.partner)}, {FLOW_LABELS[c.flow].noun}
              </td>
              <th scope="row">{c.year}</th>
              <td data-value={c.then ?? ''}>{value(c.then)}</td>
              <td data-value={c.now ?? ''}>{value(c.now)}</td>
              <td>
                {c.then === null
                  ? 'added'
                  : c.now === null
                    ? 'removed'
                    : formatDifference(c.now - c.then, measure)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
