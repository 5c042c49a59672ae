import type { ObservationRow } from './bulk-writer/bulk-writer';
import { WORLD } from './bulk-writer/stored-codes';
import { IngestError } from './ingest-error';

// Checks between rows of one file, made once every row is read (rows are then in the transaction,
// which the error rolls back). Memory is bounded by the file's totals, not its rows, for IMF DOTS.
export type CrossRowCheck = { add(rows: ObservationRow[]): void; finish(): void };

// WITS publishes US$ values, shares and World totals rounded to 0.01: a share may differ from
// value ÷ World total × 100 by what that rounding allows, plus 0.001 points of float arithmetic.
// Measured on every file in data/worldbank (44,858 shares with a value and a total): no share of
// any file but the World's own falls outside it. The World's file (en_Wld) is the exception: WITS
// computes its partner shares against another total (100 of its shares fall outside by up to 2.03
// points; the largest: United States exports, 2000–2019), so that file is allowed 2.5 points more.
const HALF_CENT = 0.005;
const ARITHMETIC = 0.001;
const WORLD_FILE_ALLOWANCE = 2.5;

export function witsShareCheck(file: string): CrossRowCheck {
  const values = new Map<string, number>();
  const totals = new Map<string, number>();
  const shares: ObservationRow[] = [];
  return {
    add(rows) {
      for (const row of rows) {
        if (row.measure === 'share') shares.push(row);
        else if (row.partnerCode === WORLD) totals.set(`${row.flow}|${row.year}`, row.value);
        else values.set(`${row.flow}|${row.partnerCode}|${row.year}`, row.value);
      }
    },
    finish() {
      for (const share of shares) {
        const value = values.get(`${share.flow}|${share.partnerCode}|${share.year}`);
        const total = totals.get(`${share.flow}|${share.year}`);
        if (value === undefined || total === undefined || total <= 0) continue;
        const slack = HALF_CENT + (share.reporterCode === WORLD ? WORLD_FILE_ALLOWANCE : ARITHMETIC);
        const low = (Math.max(value - HALF_CENT, 0) / (total + HALF_CENT)) * 100 - slack;
        const high = total > HALF_CENT ? ((value + HALF_CENT) / (total - HALF_CENT)) * 100 + slack : Infinity;
        if (share.value >= low && share.value <= high) continue;
        const computed = ((value / total) * 100).toFixed(2);
        throw new IngestError(
          { file, line: share.line, column: share.column },
          `a share that agrees with this file's US$ values: ${value} ÷ ${total} (World) × 100 = ${computed}, ` +
            `${low.toFixed(2)} to ${high.toFixed(2)} with the rounding of published figures (found ${share.value})`,
        );
      }
    },
  };
}

// IMF DOTS: a partner's value above the reporter's World total for the same flow and year gives a
// share above 100 %. The published file has two, both IMF estimates of 2010 (Curaçao's imports from
// Mexico, Sint Maarten's exports to Montserrat): an estimate is stored as published and no share
// is derived from it (sql-bulk-writer.ts); any other such value is rejected at its line.
export function dotsTotalCheck(file: string): CrossRowCheck {
  // Per reporter, keyed by flow and year as one number: a string key per row cost a tenth of a load.
  type Totals = { world: Map<number, ObservationRow>; largest: Map<number, ObservationRow> };
  const byReporter = new Map<string, Totals>();
  let lastReporter = '';
  let totals: Totals | undefined;
  return {
    add(rows) {
      for (const row of rows) {
        if (row.measure !== 'value') continue;
        if (row.reporterCode !== lastReporter || totals === undefined) {
          lastReporter = row.reporterCode;
          totals = byReporter.get(lastReporter);
          if (totals === undefined)
            byReporter.set(lastReporter, (totals = { world: new Map(), largest: new Map() }));
        }
        const key = row.flow === 'import' ? -row.year : row.year;
        if (row.partnerCode === WORLD) totals.world.set(key, row);
        // The largest partner value that is no estimate (an estimate may exceed the World total).
        else if (row.flag === null && !(row.value <= (totals.largest.get(key)?.value ?? -Infinity)))
          totals.largest.set(key, row);
      }
    },
    finish() {
      const above: [ObservationRow, ObservationRow][] = [];
      for (const { world, largest } of byReporter.values())
        for (const [key, partner] of largest) {
          const total = world.get(key);
          if (total !== undefined && total.flag === null && partner.value > total.value)
            above.push([partner, total]);
        }
      if (above.length === 0) return;
      const [partner, total] = above.sort(([a], [b]) => a.line - b.line)[0];
      throw new IngestError(
        { file, line: partner.line, column: partner.column },
        `a value no larger than the reporter's World total for this flow and year, ${total.value} on line ${total.line} ` +
          `(found ${partner.value}); only an IMF estimate may exceed it, and gets no share`,
      );
    },
  };
}
