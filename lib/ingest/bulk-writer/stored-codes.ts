import type { Flow, Measure } from '../../view-state/trade-terms';
import type { ObservationFlag } from './bulk-writer';

// How flow, measure and flag are stored: the @map values of their enums in prisma/schema.prisma.
// Both bulk writers write and read rows with these, so they live once.
export const FLOW_CODES: Record<Flow, string> = { import: 'i', export: 'e' };
export const MEASURE_CODES: Record<Measure, string> = { share: 's', value: 'v' };
export const FLAG_CODES: Record<ObservationFlag, string> = {
  estimate: 'e',
  derived: 'd',
  'derived-from-estimate': 'f',
};

const byCode = <T extends string>(codes: Record<T, string>) =>
  Object.fromEntries(Object.entries(codes).map(([name, code]) => [code, name])) as Record<string, T>;
export const FLOWS_BY_CODE = byCode(FLOW_CODES);
export const MEASURES_BY_CODE = byCode(MEASURE_CODES);
export const FLAGS_BY_CODE = byCode(FLAG_CODES);

// The partner code of the World total, which derived shares divide by.
export const WORLD = 'WLD';
