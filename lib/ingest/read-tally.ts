// What a reader saw in a file but did not load, counted so that the load summary names it: rows
// naming a declared skipped name or an indicator the loader does not know, and rows repeated
// exactly. Nothing is dropped without a line in the summary.
export type ReadTally = {
  skipped: Map<string, { reason: string; rows: number }>; // by what the rows name
  exactDuplicates: number;
};

export function newReadTally(): ReadTally {
  return { skipped: new Map(), exactDuplicates: 0 };
}

export function countSkipped(tally: ReadTally, what: string, reason: string): void {
  const entry = tally.skipped.get(what) ?? { reason, rows: 0 };
  entry.rows += 1;
  tally.skipped.set(what, entry);
}

// The summary's lines for what was skipped.
export function skippedNotes(tally: ReadTally): string[] {
  return [...tally.skipped].map(
    ([what, { reason, rows }]) => `skipped ${rows.toLocaleString('en')} rows naming ${what}: ${reason}`,
  );
}
