import type { Flow } from './trade-terms';

// The WITS Trade Summary rows about what a reporter trades (product groups, stages of processing)
// and its trade indicators: the one catalogue the loader validates against and the profile view
// labels from. A stored value is keyed by an integer code = series × 100 + product, so one small
// integer column covers product group × flow × measure and every indicator (docs/database.md).

// The 16 product groups WITS publishes, in its order (product codes 1–16).
export const PRODUCT_GROUPS = [
  'Animal',
  'Vegetable',
  'Food Products',
  'Minerals',
  'Fuels',
  'Chemicals',
  'Plastic or Rubber',
  'Hides and Skins',
  'Wood',
  'Textiles and Clothing',
  'Footwear',
  'Stone and Glass',
  'Metals',
  'Mach and Elec',
  'Transportation',
  'Miscellaneous',
] as const;

// The four stages of processing (product codes 21–24).
export const STAGES = ['Raw materials', 'Intermediate goods', 'Consumer goods', 'Capital goods'] as const;

export const ALL_PRODUCTS_CODE = 0;
const STAGE_OFFSET = 21;

export type ProfileUnit =
  | 'usd-million' // 0 or more, below US$ 100 trillion
  | 'usd-million-signed' // a balance: either sign
  | 'share' // 0–100
  | 'percent-of-gdp' // 0 or more (trade may be several times GDP)
  | 'percent-of-gdp-signed'
  | 'tariff-percent' // 0 or more
  | 'count' // a whole number, 0 or more
  | 'index-0-1' // Herfindahl–Hirschman: 0 to 1
  | 'index-0-100';

export type ProfileSeries = {
  series: number; // the hundreds of the code
  indicator: string; // the WITS Indicator, exactly as published
  type: string; // the WITS Indicator Type it is filed under
  partner: 'World' | '...';
  products: 'groups-and-stages' | 'all' | 'all-and-stages';
  unit: ProfileUnit;
  label: string; // how the view names it
  flow?: Flow;
};

// The product cell of the rows of an indicator that is not by product: "..." or "All Products".
const BY_PARTNER_OF = { World: 'All Products', '...': '...' } as const;

// How WITS files each kind of series: its Indicator Type, the Partner and Product categories of its
// rows, and the flow it measures, if one.
const KINDS = {
  exportGroups: { type: 'Export', partner: 'World', products: 'groups-and-stages', flow: 'export' },
  importGroups: { type: 'Import', partner: 'World', products: 'groups-and-stages', flow: 'import' },
  development: { type: 'Development', partner: '...', products: 'all' },
  indicator: { type: 'Trade Indicator', partner: '...', products: 'all' },
  exportCount: { type: 'Export', partner: '...', products: 'all' },
  importCount: { type: 'Import', partner: '...', products: 'all' },
  tariff: { type: 'Tariff', partner: 'World', products: 'all' },
  tariffStages: { type: 'Tariff', partner: 'World', products: 'all-and-stages' },
} as const satisfies Record<string, Pick<ProfileSeries, 'type' | 'partner' | 'products' | 'flow'>>;

const s = (series: number, kind: keyof typeof KINDS, indicator: string, unit: ProfileUnit, label: string) =>
  ({ series, indicator, ...KINDS[kind], unit, label }) satisfies ProfileSeries;

export const PROFILE_SERIES: readonly ProfileSeries[] = [
  s(1, 'exportGroups', 'Export(US$ Mil)', 'usd-million', 'Exports'),
  s(2, 'exportGroups', 'Export Product share(%)', 'share', 'Share of exports'),
  s(3, 'importGroups', 'Import(US$ Mil)', 'usd-million', 'Imports'),
  s(4, 'importGroups', 'Import Product share(%)', 'share', 'Share of imports'),
  s(10, 'development', 'GDP (current US$ Mil)', 'usd-million', 'GDP (current US$ million)'),
  s(11, 'development', 'Trade (% of GDP)', 'percent-of-gdp', 'Trade (% of GDP)'),
  s(12, 'development', 'Trade Balance (% of GDP)', 'percent-of-gdp-signed', 'Trade balance (% of GDP)'),
  s(
    13,
    'development',
    'Trade Balance (current US$ Mil)',
    'usd-million-signed',
    'Trade balance (US$ million)',
  ),
  s(14, 'indicator', 'HH Market concentration index', 'index-0-1', 'Export market concentration (HHI)'),
  s(15, 'indicator', 'Index of export market penetration', 'index-0-100', 'Export market penetration index'),
  s(16, 'exportCount', 'No. Of Export partners', 'count', 'Export partners'),
  s(17, 'exportCount', 'No. Of Export products', 'count', 'Export products'),
  s(18, 'importCount', 'No. Of Import partners', 'count', 'Import partners'),
  s(19, 'importCount', 'No. Of Import products', 'count', 'Import products'),
  s(20, 'tariff', 'Simple Average (%)', 'tariff-percent', 'Tariff, simple average (%)'),
  s(21, 'tariffStages', 'Weighted Average (%)', 'tariff-percent', 'Tariff, weighted average (%)'),
  s(22, 'tariff', 'Duty Free Tariff Lines Share (%)', 'share', 'Duty-free tariff lines (%)'),
];

export const PROFILE_SERIES_BY_INDICATOR: ReadonlyMap<string, ProfileSeries> = new Map(
  PROFILE_SERIES.map((entry) => [entry.indicator, entry]),
);
export const PROFILE_SERIES_BY_CODE: ReadonlyMap<number, ProfileSeries> = new Map(
  PROFILE_SERIES.map((entry) => [entry.series, entry]),
);

/** The product code of a Product categories cell for a series, or undefined if the series has no such product. */
export function productCode(entry: ProfileSeries, product: string): number | undefined {
  if (entry.products !== 'all') {
    const stage = (STAGES as readonly string[]).indexOf(product);
    if (stage >= 0) return STAGE_OFFSET + stage;
  }
  if (entry.products === 'groups-and-stages') {
    const group = (PRODUCT_GROUPS as readonly string[]).indexOf(product);
    return group >= 0 ? group + 1 : undefined;
  }
  return product === BY_PARTNER_OF[entry.partner] ? ALL_PRODUCTS_CODE : undefined;
}

/** The Product categories cell a series' rows must have: what an error names as expected. */
export function expectedProducts(entry: ProfileSeries): string {
  const all = `"${BY_PARTNER_OF[entry.partner]}"`;
  if (entry.products === 'all') return all;
  if (entry.products === 'all-and-stages') return `${all} or a stage of processing (${STAGES.join(', ')})`;
  return `a product group (${PRODUCT_GROUPS.join(', ')}) or a stage of processing (${STAGES.join(', ')})`;
}

export const profileCode = (series: number, product: number) => series * 100 + product;
export const seriesOfCode = (code: number) => Math.floor(code / 100);
export const productOfCode = (code: number) => code % 100;

/** The product a code is for: a group, a stage, or "All Products". */
export function productName(product: number): string {
  if (product === ALL_PRODUCTS_CODE) return 'All Products';
  if (product >= STAGE_OFFSET) return STAGES[product - STAGE_OFFSET];
  return PRODUCT_GROUPS[product - 1];
}

export const isGroup = (product: number) => product >= 1 && product <= PRODUCT_GROUPS.length;
