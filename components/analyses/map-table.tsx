import type { MapEconomy, MapModel } from '@/lib/analyses/map';
import { formatDifference, formatValue } from '@/lib/panel/format';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import type { PassedForGood } from '@/lib/analyses/passed-for-good';
import { attributes, escapeHtml } from './markup';

type Props = { map: MapModel; linkOf: (code: string) => string };

// Every economy of the map as a table, the accessible alternative to it: sortable by any column
// once the page's script runs (map-explorer.tsx), in name order before. Its ~2,300 elements go in
// as one string of markup (mapTableMarkup), as the shapes do (map-svg.tsx): React neither renders
// them one by one nor repeats them element by element in the page's RSC payload.
export function MapTable({ map, linkOf }: Props) {
  return (
    <section
      className="analysis-table"
      aria-labelledby="map-table-title"
      id="map-table"
      dangerouslySetInnerHTML={{ __html: mapTableMarkup(map, linkOf) }}
    />
  );
}

// The table's heading, caption, column headings and rows as HTML, exactly as React renders them
// as elements (map-table.test.ts holds that rendering and compares).
export function mapTableMarkup(map: MapModel, linkOf: (code: string) => string): string {
  const [a, b] = [map.first.name, map.second.name];
  const noun = FLOW_LABELS[map.flow].noun;
  const columns: [key: string, label: string, numeric: boolean][] = [
    ['name', 'Economy', false],
    ['first', `${a} share ${map.year}`, true],
    ['second', `${b} share ${map.year}`, true],
    ['gap', `${a} − ${b}`, true],
    ['larger', 'Larger', false],
    ['passed', 'Passed for good', true],
    ['firstPassed', 'First passed', true],
    ['note', 'No data / note', false],
  ];
  const headings = columns
    .map(([key, label, numeric]) => {
      const th = attributes([
        ['scope', 'col'],
        ['aria-sort', key === 'name' ? 'ascending' : undefined],
      ]);
      const button = attributes([
        ['type', 'button'],
        ['class', 'sort-button'],
        ['data-sort', key],
        ['data-numeric', numeric ? 'true' : undefined],
      ]);
      return `<th${th}><button${button}>${escapeHtml(label)}</button></th>`;
    })
    .join('');
  const larger = { first: a, second: b, equal: 'equal' };
  const rows = map.economies.map((e) => economyRow(e, larger, linkOf)).join('');
  return (
    `<h2 id="map-table-title">${escapeHtml(`Every economy: ${a}’s and ${b}’s shares of its ${noun}, ${map.year}`)}</h2>` +
    `<div class="table-scroll"><table class="data-table map-table" data-testid="map-table"><caption>` +
    escapeHtml(
      `Share = partner ÷ World × 100 of the economy’s own reported ${noun} (IMF DOTS); gap in percentage points; ` +
        `“passed for good”: the first year from which ${a}’s share was larger in every later year with both, to ${map.year}.`,
    ) +
    `</caption><thead><tr>${headings}</tr></thead><tbody>${rows}</tbody></table></div>`
  );
}

function economyRow(
  e: MapEconomy,
  larger: Record<'first' | 'second' | 'equal', string>,
  linkOf: (code: string) => string,
): string {
  const cell = (key: string, value: string | number, text: string | number) =>
    `<td${attributes([
      ['data-key', key],
      ['data-value', value],
    ])}>${escapeHtml(String(text))}</td>`;
  const note = e.noData ?? e.estimateNote ?? '';
  const firstPassed = firstPassedYear(e.crossover);
  const row = attributes([
    ['data-economy', e.code],
    ['data-category', e.category],
  ]);
  const name = attributes([
    ['scope', 'row'],
    ['data-key', 'name'],
    ['data-value', e.name],
  ]);
  return (
    `<tr${row}><th${name}><a${attributes([['href', linkOf(e.code)]])}>${escapeHtml(e.name)}</a></th>` +
    cell('first', e.first?.value ?? '', e.first ? formatValue(e.first.value, 'share') : '—') +
    cell('second', e.second?.value ?? '', e.second ? formatValue(e.second.value, 'share') : '—') +
    cell('gap', e.gap ?? '', e.gap !== null ? formatDifference(e.gap, 'share') : '—') +
    cell('larger', e.leader ? larger[e.leader] : '', e.leader ? larger[e.leader] : '—') +
    cell('passed', e.crossover.kind === 'passed' ? e.crossover.year : '', passedText(e.crossover)) +
    cell('firstPassed', firstPassed ?? '', firstPassed ?? '—') +
    cell('note', note, note) +
    '</tr>'
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
