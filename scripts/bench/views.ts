// Distinct valid views of the dashboard (~15,000 before they repeat), so each request is a cache miss.
const PARTNERS = 'CHN RUS DEU USA TUR ITA FRA KOR JPN UZB KGZ UKR BLR IND GBR NLD'.split(' ');

export function* distinctViews(): Generator<string> {
  for (;;) {
    for (let from = 1995; from <= 2010; from += 1)
      for (let to = from + 3; to <= 2017; to += 1)
        for (let i = 0; i < PARTNERS.length; i += 1)
          for (let j = i + 1; j < PARTNERS.length; j += 1) {
            const source = (i + j) % 2 === 0 ? 'wits' : 'dots';
            yield `?partners=${PARTNERS[i]},${PARTNERS[j]}&from=${from}&to=${to}&source=${source}`;
          }
  }
}

// Distinct views for the uncached series read (scripts/bench/series-read.ts): many reporters, both
// sources and measures, two or three partners (some the reporter has numbers for, some not) and
// year ranges of 3 to 26 years. Deterministic, so runs compare.
export type SeriesReadView = {
  reporter: string;
  partners: string[];
  source: 'wits' | 'dots';
  measure: 'share' | 'value';
  from: number;
  to: number;
};

export function seriesReadViews(
  reporters: Record<'wits' | 'dots', string[]>,
  partnersOf: (source: 'wits' | 'dots', reporter: string) => string[],
  years: { min: number; max: number },
  count: number,
): SeriesReadView[] {
  const views: SeriesReadView[] = [];
  const sources = (['dots', 'wits'] as const).filter((source) => reporters[source].length > 0); // --quick: WITS only
  for (let i = 0; i < count && sources.length > 0; i += 1) {
    const source = sources[i % sources.length];
    const list = reporters[source];
    const reporter = list[(i * 37) % list.length];
    const own = partnersOf(source, reporter);
    const picks = [own[(i * 7) % own.length], own[(i * 13 + 1) % own.length], PARTNERS[i % PARTNERS.length]];
    const partners = [...new Set(picks.slice(0, 2 + (i % 2)))].filter((p) => p && p !== reporter);
    const from = Math.max(years.min, 1990 + ((i * 5) % 23));
    const to = Math.min(years.max, from + 3 + ((i * 11) % 24));
    views.push({ reporter, partners, source, measure: (i >> 1) % 2 === 0 ? 'share' : 'value', from, to });
  }
  return views;
}

// Distinct views of the analyses (mirror, region, sources by year range; ranking by year and base
// year), as `<view>?<query>`, cycling through the four views.
export function* distinctAnalysisViews(): Generator<string> {
  for (;;)
    for (let from = 1995; from <= 2012; from += 1)
      for (let to = from + 3; to <= 2017; to += 1) {
        yield `mirror?from=${from}&to=${to}`;
        yield `region?from=${from}&to=${to}`;
        yield `ranking?year=${to}&base=${from}`;
        yield `sources?from=${from}&to=${to}`;
      }
}

// Distinct views of the world map (/map): pairs of partners, flow, year and colouring, as `?<query>`.
export function* distinctMapViews(): Generator<string> {
  for (;;)
    for (let year = 2020; year >= 1995; year -= 1)
      for (let i = 0; i < PARTNERS.length; i += 1)
        for (let j = i + 1; j < PARTNERS.length; j += 1)
          for (const flow of ['import', 'export'])
            yield `?partners=${PARTNERS[i]},${PARTNERS[j]}&flow=${flow}&year=${year}${(i + j + year) % 2 ? '&colouring=passed' : ''}`;
}

// Distinct years of one map (China and Russia, imports): what the year stepper asks for, as `?<query>`.
export function* distinctMapYears(): Generator<string> {
  for (;;)
    for (let base = 1990; base <= 2019; base += 1)
      for (let year = 1995; year <= 2020; year += 1)
        yield `?year=${year}&base=${base}${(year + base) % 2 ? '&colouring=passed' : ''}`;
}
