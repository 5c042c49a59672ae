// The closed sets every layer shares: what a flow, a measure and a source can be, and how each is
// labelled. Lookups, not string literals scattered through the code.
export const FLOWS = ['import', 'export'] as const;
export type Flow = (typeof FLOWS)[number];

export const MEASURES = ['share', 'value'] as const;
export type Measure = (typeof MEASURES)[number];

export const SOURCES = ['wits', 'dots'] as const;
export type Source = (typeof SOURCES)[number];

export const FLOW_LABELS: Record<Flow, { title: string; noun: string }> = {
  import: { title: 'Imports', noun: 'imports' },
  export: { title: 'Exports', noun: 'exports' },
};

export const MEASURE_UNITS: Record<Measure, { unit: string; axis: string; suffix: string }> = {
  share: { unit: 'percent', axis: 'Share of total (%)', suffix: ' %' },
  value: { unit: 'US$ million', axis: 'US$ million', suffix: ' US$ m' },
};

export const SOURCE_LABELS: Record<Source, string> = {
  wits: 'World Bank WITS',
  dots: 'IMF DOTS',
};

// Flags stored with an observation: what a reader must be told about a number, briefly beside it
// and in full once under a table.
export const FLAGS: Record<string, { short: string; long: string }> = {
  estimate: { short: 'IMF estimate', long: 'IMF estimate: the IMF marks this value as estimated.' },
  derived: {
    short: 'computed',
    long: 'computed: a share computed here from IMF DOTS values, partner ÷ World × 100.',
  },
  'derived-from-estimate': {
    short: 'computed, from estimate',
    long: 'computed, from estimate: a share computed here from IMF DOTS values, at least one of which the IMF marks as estimated.',
  },
};

export function flagLabel(flag: string): string {
  return FLAGS[flag]?.short ?? flag;
}
