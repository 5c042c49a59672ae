import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildMap, type EconomyShares, type MapModel, type MapShare } from '@/lib/analyses/map';
import type { PassedForGood } from '@/lib/analyses/passed-for-good';
import { formatDifference, formatValue } from '@/lib/panel/format';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import { MapTable } from './map-table';

// The map's table is written as one string of markup; it must be exactly what React renders for the
// same elements (the table as it was written before, below), escaping included.
function ReactMapTable({ map, linkOf }: { map: MapModel; linkOf: (code: string) => string }) {
  const [a, b] = [map.first.name, map.second.name];
  const noun = FLOW_LABELS[map.flow].noun;
  const columns = [
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
  const passedText = (c: PassedForGood) =>
    c.kind === 'passed'
      ? String(c.year)
      : c.kind === 'ahead-throughout'
        ? `ahead throughout, from ${c.since}`
        : c.kind === 'fell-back'
          ? `fell behind after ${c.lastAhead}`
          : c.kind === 'not-passed'
            ? 'not passed'
            : '—';
  const firstPassed = (c: PassedForGood) =>
    c.kind === 'passed' || c.kind === 'fell-back' ? c.firstPassed : null;
  const heading = h('thead', null, [
    h(
      'tr',
      { key: 'r' },
      columns.map((c) =>
        h(
          'th',
          { key: c.key, scope: 'col', 'aria-sort': c.key === 'name' ? 'ascending' : undefined },
          h(
            'button',
            {
              type: 'button',
              className: 'sort-button',
              'data-sort': c.key,
              'data-numeric': c.numeric || undefined,
            },
            c.label,
          ),
        ),
      ),
    ),
  ]);
  const rows = map.economies.map((e) =>
    h('tr', { key: e.code, 'data-economy': e.code, 'data-category': e.category }, [
      h(
        'th',
        { key: 'n', scope: 'row', 'data-key': 'name', 'data-value': e.name },
        h('a', { href: linkOf(e.code) }, e.name),
      ),
      h(
        'td',
        { key: 1, 'data-key': 'first', 'data-value': e.first?.value ?? '' },
        e.first ? formatValue(e.first.value, 'share') : '—',
      ),
      h(
        'td',
        { key: 2, 'data-key': 'second', 'data-value': e.second?.value ?? '' },
        e.second ? formatValue(e.second.value, 'share') : '—',
      ),
      h(
        'td',
        { key: 3, 'data-key': 'gap', 'data-value': e.gap ?? '' },
        e.gap !== null ? formatDifference(e.gap, 'share') : '—',
      ),
      h(
        'td',
        { key: 4, 'data-key': 'larger', 'data-value': e.leader ? larger[e.leader] : '' },
        e.leader ? larger[e.leader] : '—',
      ),
      h(
        'td',
        { key: 5, 'data-key': 'passed', 'data-value': e.crossover.kind === 'passed' ? e.crossover.year : '' },
        passedText(e.crossover),
      ),
      h(
        'td',
        { key: 6, 'data-key': 'firstPassed', 'data-value': firstPassed(e.crossover) ?? '' },
        firstPassed(e.crossover) ?? '—',
      ),
      h(
        'td',
        { key: 7, 'data-key': 'note', 'data-value': e.noData ?? e.estimateNote ?? '' },
        e.noData ?? e.estimateNote ?? '',
      ),
    ]),
  );
  return h(
    'section',
    { className: 'analysis-table', 'aria-labelledby': 'map-table-title', id: 'map-table' },
    [
      h(
        'h2',
        { key: 'h', id: 'map-table-title' },
        'Every economy: ',
        a,
        '’s and ',
        b,
        '’s shares of its ',
        noun,
        ', ',
        map.year,
      ),
      h(
        'div',
        { key: 'd', className: 'table-scroll' },
        h('table', { className: 'data-table map-table', 'data-testid': 'map-table' }, [
          h(
            'caption',
            { key: 'c' },
            'Share = partner ÷ World × 100 of the economy’s own reported ',
            noun,
            ' (IMF DOTS); gap in percentage points; “passed for good”: the first year from which ',
            a,
            '’s share was larger in every later year with both, to ',
            map.year,
            '.',
          ),
          h('thead', { key: 't' }, heading.props.children),
          h('tbody', { key: 'b' }, rows),
        ]),
      ),
    ],
  );
}

// Every kind of row: each leader, each crossover, no data of each reason, an estimate's note, and
// names and partners that need escaping.
function share(value: number, flag: string | null = null) {
  return { value, flag };
}
function economy(
  code: string,
  name: string,
  years: [number, number | null, number | null][],
  estimates?: number[],
) {
  const [first, second] = [new Map<number, MapShare>(), new Map<number, MapShare>()];
  for (const [year, a, b] of years) {
    if (a !== null) first.set(year, share(a, year === 2010 && code === 'EST' ? 'estimate' : null));
    if (b !== null) second.set(year, share(b));
  }
  const e: EconomyShares = { code, name, first, second, reportedYears: new Set(years.map(([year]) => year)) };
  if (estimates) e.estimates = new Map(estimates.map((y) => [y, 'is an estimate with fixed partner shares']));
  return e;
}
const economies = [
  economy('PAS', `Côte d'Ivoire`, [
    [2000, 1, 5],
    [2005, 6, 5],
    [2010, 7, 2],
  ]),
  economy('FEL', 'Trinidad & Tobago', [
    [2000, 1, 5],
    [2005, 6, 5],
    [2010, 1, 2],
  ]),
  economy('AHD', 'A "quoted" <name>', [
    [2000, 9, 5],
    [2010, 7.125, 2.5],
  ]),
  economy('NOT', 'Ålesund', [
    [2000, 1, 5],
    [2010, 2, 2],
  ]),
  economy('MIS', 'Missing', [
    [2000, 1, 5],
    [2010, null, 2],
  ]),
  economy('NRP', 'Not reported', [[2000, 1, 5]]),
  economy(
    'EST',
    'Estimated',
    [
      [2005, 1, 5],
      [2010, 3, 2],
    ],
    [2005],
  ),
  economy('RUS', 'Russia', [[2010, 3, null]]),
];
const options = { flow: 'import' as const, year: 2010, base: 2000 };
const linkOf = (code: string) => `/?reporter=${code}&partners=CHN,RUS&from=1995`;

describe('MapTable', () => {
  for (const colouring of ['larger', 'passed'] as const)
    it(`writes every row as React would (${colouring})`, () => {
      const map = buildMap(economies, {
        ...options,
        colouring,
        first: { code: 'CHN', name: `China's <"first">` },
        second: { code: 'RUS', name: 'Russia & co' },
      });
      const kinds = new Set(map.economies.map((e) => e.crossover.kind));
      expect([...kinds].sort()).toEqual([
        'ahead-throughout',
        'fell-back',
        'no-overlap',
        'not-passed',
        'passed',
      ]);
      expect(map.economies.some((e) => e.estimateNote !== null)).toBe(true);
      const markup = renderToStaticMarkup(h(MapTable, { map, linkOf }));
      expect(markup).toContain('Trinidad &amp; Tobago');
      expect(markup).toBe(renderToStaticMarkup(h(ReactMapTable, { map, linkOf })));
    });
});
