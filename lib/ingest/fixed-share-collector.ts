import type { FixedShareStretchRow, ObservationRow, StoredShare } from './bulk-writer/bulk-writer';
import { WORLD } from './bulk-writer/stored-codes';
import {
  fixedShareStretches,
  fixedShareStretchesOfGrid,
  type ShareGrid,
  type YearStretch,
} from './fixed-share-stretches';
import { reporterValues, type ReporterValues } from './reporter-values';
import { FLOWS, type Flow } from '../view-state/trade-terms';

// Finds an IMF DOTS file's fixed-share stretches while the file streams in, one reporter at a time:
// the file lists a reporter's rows together, so a reporter is judged when the next one starts and
// memory holds one reporter's values. Shares are computed as the loader's SQL derives them (partner
// ÷ World × 100; none from a negative value, a World total of 0 or less, or a value above it).
// Reading the 2.5 million derived shares back from the database took 10–14 s of a 35 s load; this
// takes well under a second. A reporter whose rows come back after another's (a file not grouped
// by reporter) is judged at the end from its stored shares instead, so the result never depends on
// the file's order. Aggregate partners (World, "Asia not specified", …) are left out: they are
// sums or residuals, not a partner distribution.
export type FixedShareCollector = {
  add(rows: readonly ObservationRow[]): void;
  finish(readShares: (reporterCode: string) => Promise<StoredShare[]>): Promise<FixedShareStretchRow[]>;
};

export function fixedShareCollector(aggregates: ReadonlySet<string>): FixedShareCollector {
  const found: FixedShareStretchRow[] = [];
  const judged = new Set<string>();
  const reread = new Set<string>();
  let reporter: string | undefined;
  // Copied into columns of numbers, not kept as the row objects (reporter-values.ts says why).
  const values = reporterValues();
  const judge = () => {
    if (reporter === undefined || reread.has(reporter)) return;
    const code = reporter;
    found.push(
      ...FLOWS.flatMap((flow, f) =>
        withReporter(code, flow, fixedShareStretchesOfGrid(gridOf(values, f, aggregates))),
      ),
    );
    judged.add(reporter);
    values.clear();
  };
  return {
    add(rows) {
      for (const row of rows) {
        if (row.measure !== 'value') continue;
        if (row.reporterCode !== reporter) {
          judge();
          reporter = row.reporterCode;
          if (judged.has(reporter)) reread.add(reporter);
        }
        if (!reread.has(reporter)) values.add(row);
      }
    },
    async finish(readShares) {
      judge();
      const kept = found.filter((s) => !reread.has(s.reporterCode));
      for (const code of reread) {
        const partners = (await readShares(code)).filter((s) => !aggregates.has(s.partnerCode));
        for (const flow of FLOWS)
          kept.push(
            ...withReporter(code, flow, fixedShareStretches(partners.filter((s) => s.flow === flow))),
          );
      }
      return kept.sort(
        (a, b) => a.reporterCode.localeCompare(b.reporterCode) || a.flow.localeCompare(b.flow),
      );
    },
  };
}

// One flow of a reporter's values as the grid of its partner shares (partner ÷ World × 100, as
// the loader's SQL derives them), aggregates left out.
function gridOf(values: ReporterValues, flow: number, aggregates: ReadonlySet<string>): ShareGrid {
  let firstYear = Infinity;
  let lastYear = -Infinity;
  values.forEach((f, _, year) => {
    if (f !== flow) return;
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  });
  const width = values.partners();
  const rows = firstYear <= lastYear ? lastYear - firstYear + 1 : 0;
  const world = new Float64Array(rows).fill(NaN);
  values.forEach((f, partnerCode, year, value) => {
    if (f === flow && partnerCode === WORLD) world[year - firstYear] = value;
  });
  const shares = new Float64Array(rows * width).fill(NaN);
  values.forEach((f, partnerCode, year, value, partner) => {
    if (f !== flow || partnerCode === WORLD || aggregates.has(partnerCode)) return;
    const total = world[year - firstYear];
    if (!(total > 0) || value < 0 || value > total) return;
    shares[(year - firstYear) * width + partner] = (value / total) * 100;
  });
  return { firstYear, width, shares };
}

const withReporter = (reporterCode: string, flow: Flow, stretches: YearStretch[]): FixedShareStretchRow[] =>
  stretches.map((stretch) => ({ reporterCode, flow, ...stretch }));
