import type { MapShare, SharesByYear } from './map';

// One partner's shares of many economies' flow, by economy and year, in two flat typed arrays
// (the value; whether there is one, and its flag): what the result cache keeps per partner and flow
// for the map (lib/data/get-map.ts). 9 bytes a cell where a Map per economy held an entry and an
// object per share, so the cache's bound holds the partners of many more maps.
export type ShareEntry = { code: string; year: number; share: MapShare };

export type YearSharesTable = {
  of(code: string): SharesByYear | undefined; // undefined: no share of this economy in any year
  bytes: number;
};

const ABSENT = 0;

export function yearSharesTable(entries: ShareEntry[]): YearSharesTable {
  const rows = new Map<string, number>();
  const flags: (string | null)[] = [null]; // a cell's kind is 1 + its flag's index here; 0 is no share
  let [firstYear, lastYear] = [Infinity, -Infinity];
  for (const { code, year } of entries) {
    if (!rows.has(code)) rows.set(code, rows.size);
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  const span = entries.length === 0 ? 0 : lastYear - firstYear + 1;
  const values = new Float64Array(rows.size * span);
  const kinds = new Uint8Array(rows.size * span);
  for (const { code, year, share } of entries) {
    let flag = flags.indexOf(share.flag);
    if (flag === -1) flag = flags.push(share.flag) - 1;
    const cell = rows.get(code)! * span + year - firstYear;
    values[cell] = share.value;
    kinds[cell] = flag + 1;
  }
  const shareAt = (cell: number): MapShare | undefined =>
    kinds[cell] === ABSENT ? undefined : { value: values[cell], flag: flags[kinds[cell] - 1] };
  const views = new Map<string, SharesByYear>();
  for (const [code, row] of rows) {
    const cellOf = (year: number) =>
      Number.isInteger(year) && year >= firstYear && year <= lastYear ? row * span + year - firstYear : -1;
    views.set(code, {
      get: (year) => {
        const cell = cellOf(year);
        return cell === -1 ? undefined : shareAt(cell);
      },
      has: (year) => {
        const cell = cellOf(year);
        return cell !== -1 && kinds[cell] !== ABSENT;
      },
      *[Symbol.iterator]() {
        for (let year = firstYear; year <= lastYear; year++) {
          const share = shareAt(row * span + year - firstYear);
          if (share) yield [year, share] as [number, MapShare];
        }
      },
    });
  }
  return { of: (code) => views.get(code), bytes: values.byteLength + kinds.byteLength + 96 * rows.size };
}
