import type { Source } from './trade-terms';

// The choices the controls offer, read from the database on the server (lib/data/get-catalog.ts).
export type Catalog = {
  economies: { code: string; name: string; kind: string }[];
  partners: Record<Source, Record<string, string[]>>; // source → reporter → partner codes with data
};

export function reportersOf(catalog: Catalog, source: Source): string[] {
  return Object.keys(catalog.partners[source]).sort();
}

// What the page sends with its HTML: every economy and every source's reporters, but the partner
// list of the view's own reporter and source only. The world's full catalog (~55,000 pairs,
// ~340 KB of JSON) would more than double the page and its render time; the browser fetches it
// from /api/catalog once the page is live (lib/catalog-query.ts).
export function catalogForView(catalog: Catalog, view: { source: Source; reporter: string }): Catalog {
  const partners = Object.fromEntries(
    Object.entries(catalog.partners).map(([source, byReporter]) => [
      source,
      Object.fromEntries(
        Object.entries(byReporter).map(([reporter, codes]) => [
          reporter,
          source === view.source && reporter === view.reporter ? codes : [],
        ]),
      ),
    ]),
  ) as Catalog['partners'];
  return { economies: catalog.economies, partners };
}
