// The map's colours, one per legend key of lib/analyses/map.ts. Okabe–Ito's colour-blind-safe
// palette for the categories, and one blue ramp (dark = earliest) for the years a share passed.
export const MAP_COLOURS: Record<string, string> = {
  first: '#0072B2',
  second: '#E69F00',
  equal: '#7a7a7a',
  'passed-1': '#08306b',
  'passed-2': '#2171b5',
  'passed-3': '#4292c6',
  'passed-4': '#6baed6',
  'passed-5': '#9ecae1',
  'passed-6': '#c6dbef',
  'ahead-throughout': '#009E73',
  'fell-back': '#CC79A7',
  'not-passed': '#E69F00',
};
const LAST_PASSED = MAP_COLOURS['passed-6'];

// "No data" is a grey hatch: a pattern the SVG defines (NoDataPattern), a gradient in HTML.
export const NO_DATA_PATTERN_ID = 'map-no-data';
export const NO_DATA_BACKGROUND = 'repeating-linear-gradient(45deg, #d9d9d9 0 3px, #f4f4f4 3px 6px)';

export function mapFill(category: string): string {
  if (category in MAP_COLOURS) return MAP_COLOURS[category];
  return category.startsWith('passed-') ? LAST_PASSED : `url(#${NO_DATA_PATTERN_ID})`;
}

export function NoDataPattern() {
  return (
    <pattern
      id={NO_DATA_PATTERN_ID}
      width={5}
      height={5}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={5} height={5} fill="#f4f4f4" />
      <rect width={2} height={5} fill="#d0d0d0" />
    </pattern>
  );
}
