import type { FixedShareStretchRow, ObservationRow, StoredShare } from './bulk-writer/bulk-writer';
import { WORLD } from './bulk-writer/stored-codes';
import { fixedShareStretches } from './fixed-share-stretches';
import { reporterValues, type ReporterValues } from './reporter-values';
import { FLOWS } from '../view-state/trade-terms';

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
    found.push(...stretchesOf(reporter, sharesOf(values), aggregates));
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
      for (const code of reread) kept.push(...stretchesOf(code, await readShares(code), aggregates));
      return kept.sort(
        (a, b) => a.reporterCode.localeCompare(b.reporterCode) || a.flow.localeCompare(b.flow),
      );
    },
  };
}

function sharesOf(values: ReporterValues): StoredShare[] {
  const worldKey = (flow: number, year: number) => flow * 10_000 + year;
  const world = new Map<number, number>();
  values.forEach((flow, partnerCode, year, value) => {
    if (partnerCode === WORLD) world.set(worldKey(flow, year), value);
  });
  const shares: StoredShare[] = [];
  values.forEach((flow, partnerCode, year, value) => {
    const total = world.get(worldKey(flow, year));
    if (partnerCode === WORLD || total === undefined || total <= 0 || value < 0 || value > total) return;
    shares.push({ flow: FLOWS[flow], partnerCode, year, share: (value / total) * 100 });
  });
  return shares;
}

function stretchesOf(
  reporterCode: string,
  shares: readonly StoredShare[],
  aggregates: ReadonlySet<string>,
): FixedShareStretchRow[] {
  const partners = shares.filter((s) => !aggregates.has(s.partnerCode));
  return FLOWS.flatMap((flow) =>
    fixedShareStretches(partners.filter((s) => s.flow === flow)).map((stretch) => ({
      reporterCode,
      flow,
      ...stretch,
    })),
  );
}
