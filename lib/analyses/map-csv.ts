import type { CsvCell } from '../csv/csv';
import type { SourceInfo } from '../panel/series-types';
import { PROVENANCE, provenance, table, type Table } from './analysis-csv';
import type { MapModel } from './map';

// The map as CSV: one row per economy reporting to IMF DOTS, with both shares, the gap, which is
// larger, the crossover years, the reason an economy has no colour, and the provenance on every row.

const MAP_COLUMNS = [
  'economy',
  'economy_name',
  'flow',
  'year',
  'unit',
  'first_partner',
  'first_partner_name',
  'first_share',
  'first_flag',
  'second_partner',
  'second_partner_name',
  'second_share',
  'second_flag',
  'gap_pp',
  'larger',
  'crossover',
  'passed_for_good',
  'first_passed',
  'no_data_reason',
  'estimate_note',
  'map_colour',
  ...PROVENANCE,
  'view_url',
] as const;

export function mapCsv(map: MapModel, source: SourceInfo | null, viewUrl: string): Table {
  const label = new Map(map.legend.map((entry) => [entry.key, entry.label]));
  const larger = { first: map.first.code, second: map.second.code, equal: 'equal' };
  return table(
    MAP_COLUMNS,
    map.economies.map((e) => {
      const c = e.crossover;
      const record: Record<(typeof MAP_COLUMNS)[number], CsvCell> = {
        economy: e.code,
        economy_name: e.name,
        flow: map.flow,
        year: map.year,
        unit: 'percent',
        first_partner: map.first.code,
        first_partner_name: map.first.name,
        first_share: e.first?.value,
        first_flag: e.first?.flag,
        second_partner: map.second.code,
        second_partner_name: map.second.name,
        second_share: e.second?.value,
        second_flag: e.second?.flag,
        gap_pp: e.gap,
        larger: e.leader ? larger[e.leader] : null,
        crossover: c.kind,
        passed_for_good: c.kind === 'passed' ? c.year : null,
        first_passed: c.kind === 'passed' || c.kind === 'fell-back' ? c.firstPassed : null,
        no_data_reason: e.noData,
        estimate_note: e.estimateNote,
        map_colour: label.get(e.category),
        ...(provenance('', source) as Record<(typeof PROVENANCE)[number], CsvCell>),
        view_url: viewUrl,
      };
      return record;
    }),
  );
}
