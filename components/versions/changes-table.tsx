import { formatDifference, formatValue, formatVersionDate } from '@/lib/panel/format';
import type { Measure } from '@/lib/view-state/trade-terms';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import type { LinkChanges } from '@/lib/panel/version-types';
import { DataTable } from '../ui/data-table';

type Props = { sinceLink: LinkChanges; measure: Measure; nameOf: (code: string) => string };

// Every value of the view that differs between the link's data version and today.
export function ChangesTable({ sinceLink, measure, nameOf }: Props) {
  const value = (v: number | null) =>
    v === null ? <span aria-label="no value">—</span> : formatValue(v, measure);
  return (
    <DataTable
      className="changes-table"
      testId="changes-table"
      caption={`Values changed since data version ${sinceLink.version} (${formatVersionDate(sinceLink.createdAt)})`}
      columns={[
        'Partner, flow',
        'Year',
        `As of version ${sinceLink.version}`,
        `Today (version ${sinceLink.currentVersion})`,
        'Change',
      ]}
    >
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
    </DataTable>
  );
}
