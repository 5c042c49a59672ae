import type { FixedShareStretchRow, ObservationRow, StoredShare } from './bulk-writer/bulk-writer';
import { WORLD } from './bulk-writer/stored-codes';
import { fixedShareStretches } from './fixed-share-stretches';
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
  let values: ObservationRow[] = [];
  const judge = () => {
    if (reporter === undefined || reread.has(reporter)) return;
    found.push(...stretchesOf(reporter, sharesOf(values), aggregates));
    judged.add(reporter);
    values = [];
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
        if (!reread.has(reporter)) values.push(row);
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

function sharesOf(values: readonly ObservationRow[]): StoredShare[] {
  const world = new Map<string, number>();
  for (const v of values) if (v.partnerCode === WORLD) world.set(`${v.flow}${v.year}`, v.value);
  const shares: StoredShare[] = [];
  for (const { flow, partnerCode, year, value } of values) {
    const total = world.get(`${flow}${year}`);
    if (partnerCode === WORLD || total === undefined || total <= 0 || value < 0 || value > total) continue;
    shares.push({ flow, partnerCode, year, share: (value / total) * 100 });
  }
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
