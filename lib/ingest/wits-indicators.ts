import { PROFILE_SERIES_BY_INDICATOR } from '../view-state/profile-indicators';
import type { Flow, Measure } from '../view-state/trade-terms';

export const ALL_PRODUCTS = 'All Products';

// The WITS Trade Summary rows this product reads, with the Indicator Type WITS files them under.
// All of them are published for "All Products" only.
// The totals are published against the partner "World" only.
export const WITS_READ_INDICATORS: Record<
  string,
  { type: string; flow: Flow; measure: Measure; partner?: 'World' }
> = {
  'Partner share(%)-Top 5 Import Partner': { type: 'Import', flow: 'import', measure: 'share' },
  'Partner share(%)-Top 5 Export Partner': { type: 'Export', flow: 'export', measure: 'share' },
  'Trade (US$ Mil)-Top 5 Import Partner': { type: 'Import', flow: 'import', measure: 'value' },
  'Trade (US$ Mil)-Top 5 Export Partner': { type: 'Export', flow: 'export', measure: 'value' },
  'Imports (in US$ Mil)': { type: 'Import', flow: 'import', measure: 'value', partner: 'World' },
  'Exports (in US$ Mil)': { type: 'Export', flow: 'export', measure: 'value', partner: 'World' },
};

// The profile's indicators (product groups, stages of processing, trade indicators) are read into
// their own table: lib/view-state/profile-indicators.ts. Every other indicator the Trade Summary
// files in data/worldbank publish (growth, GNI, services, maximum tariff …): known, and passed over
// by design. An indicator in neither list is counted and named in
// the load summary, unless it looks like a variant of a known one (see indicatorVariantOf).
export const WITS_PASSED_OVER_INDICATORS: ReadonlySet<string> = new Set([
  'Country Growth (%)',
  'Duty Free Imports (US$ Thousand)',
  'GNI per capita, Atlas method (current US$)',
  'Maximum Rate (%)',
  'No. Of Tariff Agreement',
  'Trade in services (% of GDP)',
  'World Growth (%)',
]);

const KNOWN = [
  ...Object.keys(WITS_READ_INDICATORS),
  ...PROFILE_SERIES_BY_INDICATOR.keys(),
  ...WITS_PASSED_OVER_INDICATORS,
];

// The known indicator an unknown name is a variant of (the same but for case, spacing and
// punctuation, or at most two letters off: "partner share(%)-top 5 import partner"). Such a row
// is an edited or garbled known row, so the loader rejects it rather than pass it over.
export function indicatorVariantOf(name: string): string | undefined {
  const key = normalise(name);
  let best: { known: string; distance: number } | undefined;
  for (const known of KNOWN) {
    const distance = editDistance(normalise(known), key, 2);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { known, distance };
  }
  return best?.known;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

// Levenshtein distance, or limit + 1 as soon as it is known to exceed the limit.
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return Math.min(previous[b.length], limit + 1);
}
