import { csvTable, provenanceColumns, type CsvTable } from '../csv/csv-table';
import type { SourceInfo } from '../panel/series-types';
import { PROVENANCE } from './analysis-csv';
import type { MapModel } from './map';

// The map as CSV: one row per economy reporting to IMF DOTS, with both shares, the gap, which is
// larger, the crossover years, the reason an economy has no colour, and the provenance on every row.

export function mapCsv(map: MapModel, source: SourceInfo | null, viewUrl: string): CsvTable {
  const label = new Map(map.legend.map((entry) => [entry.key, entry.label]));
  const larger = { first: map.first.code, second: map.second.code, equal: 'equal' };
  return csvTable<MapModel['economies'][number]>(
    {
      economy: (e) => e.code,
      economy_name: (e) => e.name,
      flow: () => map.flow,
      year: () => map.year,
      unit: () => 'percent',
      first_partner: () => map.first.code,
      first_partner_name: () => map.first.name,
      first_share: (e) => e.first?.value,
      first_flag: (e) => e.first?.flag,
      second_partner: () => map.second.code,
      second_partner_name: () => map.second.name,
      second_share: (e) => e.second?.value,
      second_flag: (e) => e.second?.flag,
      gap_pp: (e) => e.gap,
      larger: (e) => (e.leader ? larger[e.leader] : null),
      crossover: (e) => e.crossover.kind,
      passed_for_good: ({ crossover: c }) => (c.kind === 'passed' ? c.year : null),
      first_passed: ({ crossover: c }) =>
        c.kind === 'passed' || c.kind === 'fell-back' ? c.firstPassed : null,
      no_data_reason: (e) => e.noData,
      estimate_note: (e) => e.estimateNote,
      map_colour: (e) => label.get(e.category),
      ...provenanceColumns(PROVENANCE, () => source),
      view_url: () => viewUrl,
    },
    map.economies,
  );
}
