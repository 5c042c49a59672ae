import type { Flow, Measure } from '../view-state/trade-terms';

// An economy as a file names it: by its spelling in that source (with the code the file gives
// beside it, to cross-check), or already by code.
export type EconomyRef = { name: string; code?: string } | { code: string };

// One number read from a published file, before names are resolved to codes.
export type SourceRow = {
  line: number;
  column: string; // the column the value came from
  reporter: EconomyRef;
  partner: EconomyRef;
  flow: Flow;
  measure: Measure;
  year: number;
  value: number;
  flag: string | null;
};
