import type { Source } from './trade-terms';

// The choices the controls offer, read from the database on the server (lib/data/get-catalog.ts).
export type Catalog = {
  economies: { code: string; name: string; kind: string }[];
  partners: Record<Source, Record<string, string[]>>; // source → reporter → partner codes with data
};

export function reportersOf(catalog: Catalog, source: Source): string[] {
  return Object.keys(catalog.partners[source]).sort();
}
