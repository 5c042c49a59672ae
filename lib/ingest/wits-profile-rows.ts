import {
  expectedProducts,
  productCode,
  profileCode,
  type ProfileSeries,
} from '../view-state/profile-indicators';
import { IngestError } from './ingest-error';
import type { EconomyRef } from './source-row';

// One number of a reporter's trade profile read from a WITS file (a product group's exports, a
// tariff …), before its reporter is resolved to a code; `code` is its profile code
// (lib/view-state/profile-indicators.ts).
export type ProfileSourceRow = {
  line: number;
  column: string;
  reporter: EconomyRef;
  code: number;
  series: ProfileSeries;
  year: number;
  value: number;
};

export type ProfileSink = (row: ProfileSourceRow) => void;

// A validated WITS record of a profile indicator: its type, partner and product checked against
// the catalogue, each non-empty year cell one row.
export function witsProfileRows(
  file: string,
  line: number,
  cells: Record<string, string | number | null>,
  series: ProfileSeries,
  reporter: EconomyRef,
  yearColumns: string[],
): ProfileSourceRow[] {
  const name = series.indicator;
  if (cells['Indicator Type'] !== series.type)
    throw new IngestError(
      { file, line, column: 'Indicator Type' },
      `"${series.type}" for indicator "${name}" (found "${cells['Indicator Type']}")`,
    );
  if (cells.Partner !== series.partner)
    throw new IngestError(
      { file, line, column: 'Partner' },
      `"${series.partner}" for indicator "${name}" (found "${cells.Partner}")`,
    );
  const product = productCode(series, cells['Product categories'] as string);
  if (product === undefined)
    throw new IngestError(
      { file, line, column: 'Product categories' },
      `${expectedProducts(series)} for indicator "${name}" (found "${cells['Product categories']}")`,
    );
  const code = profileCode(series.series, product);
  const rows: ProfileSourceRow[] = [];
  for (const year of yearColumns) {
    const value = cells[year] as number | null;
    if (value !== null) rows.push({ line, column: year, reporter, code, series, year: Number(year), value });
  }
  return rows;
}
