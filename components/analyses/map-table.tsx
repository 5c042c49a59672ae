import type { MapModel } from '@/lib/analyses/map';
import { formatDifference, formatValue } from '@/lib/panel/format';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import type { PassedForGood } from '@/lib/analyses/passed-for-good';

type Column = { key: string; label: string; numeric: boolean };

// Every economy of the map as a table, the accessible alternative to it: sortable by any column
// once the page's script runs (map-explorer.tsx), in name order before.
export function MapTable({ map, linkOf }: { map: MapModel; linkOf: (code: string) => string }) {
  const [a, b] = [map.first.name, map.second.name];
  const columns: Column[] = [
    { key: 'name', label: 'Economy', numeric: false },
    { key: 'first', label: `${a} share ${map.year}`, numeric: true },
    { key: 'second', label: `${b} share ${map.year}`, numeric: true },
    { key: 'gap', label: `${a} − ${b}`, numeric: true },
    { key: 'larger', label: 'Larger', numeric: false },
    { key: 'passed', label: 'Passed for good', numeric: true },
    { key: 'firstPassed', label: 'First passed', numeric: true },
    { key: 'note', label: 'No data / note', numeric: false },
  ];
  const larger = { first: a, second: b, equal: 'equal' };
  return (
    <section className="analysis-table" aria-labelledby="map-table-title" id="map-table">
      <h2 id="map-table-title">
        Every economy: {a}’s and {b}’s shares of its {FLOW_LABELS[map.flow].noun}, {map.year}
      </h2>
      <div className="table-scroll">
        <table className="data-table map-table" data-testid="map-table">
          <caption>
            Share = partner ÷ World × 100 of the economy’s own reported {FLOW_LABELS[map.flow].noun} (IMF
            DOTS); gap in percentage points; “passed for good”: the first year from which {a}’s share was
            larger in every later year with both, to {map.year}.
          </caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={c.key === 'name' ? 'ascending' : undefined}>
                  <button
                    type="button"
                    className="sort-button"
                    data-sort={c.key}
                    data-numeric={c.numeric || undefined}
                  >
                    {c.label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.economies.map((e) => (
              <tr key={e.code} data-economy={e.code} data-category={e.category}>
                <th scope="row" data-key="name" data-value={e.name}>
                  <a href={linkOf(e.code)}>{e.name}</a>
                </th>
                <td data-key="first" data-value={e.first?.value ?? ''}>
                  {e.first ? formatValue(e.first.value, 'share') : '—'}
                </td>
                <td data-key="second" data-value={e.second?.value ?? ''}>
                  {e.second ? formatValue(e.second.value, 'share') : '—'}
                </td>
                <td data-key="gap" data-value={e.gap ?? ''}>
                  {e.gap !== null ? formatDifference(e.gap, 'share') : '—'}
                </td>
                <td data-key="larger" data-value={e.leader ? larger[e.leader] : ''}>
                  {e.leader ? larger[e.leader] : '—'}
                </td>
                <td data-key="passed" data-value={e.crossover.kind === 'passed' ? e.crossover.year : ''}>
                  {passedText(e.crossover)}
                </td>
                <td data-key="firstPassed" data-value={firstPassedYear(e.crossover) ?? ''}>
                  {firstPassedYear(e.crossover) ?? '—'}
                </td>
                <td data-key="note" data-value={e.noData ?? e.estimateNote ?? ''}>
                  {e.noData ?? e.estimateNote ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function passedText(c: PassedForGood): string {
  switch (c.kind) {
    case 'passed':
      return String(c.year);
    case 'ahead-throughout':
      return `ahead throughout, from ${c.since}`;
    case 'fell-back':
      return `fell behind after ${c.lastAhead}`;
    case 'not-passed':
      return 'not passed';
    case 'no-overlap':
      return '—';
  }
}

function firstPassedYear(c: PassedForGood): number | null {
  return c.kind === 'passed' || c.kind === 'fell-back' ? c.firstPassed : null;
}
