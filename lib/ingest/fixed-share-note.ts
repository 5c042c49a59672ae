import type { FixedShareStretchRow } from './bulk-writer/bulk-writer';
import type { EconomyReference } from './economies-csv-to-reference';

// The codes the fixed-share rule leaves out as partners: World and the other aggregates.
export function aggregateCodes(reference: EconomyReference): Set<string> {
  return new Set([...reference.economies.values()].filter((e) => e.kind === 'aggregate').map((e) => e.code));
}

// The load's note: how many reporter-flow-years the rule found, in how many reporter-flows.
export function fixedShareNote(stretches: readonly FixedShareStretchRow[]): string {
  const years = stretches.reduce((sum, s) => sum + s.lastYear - s.firstYear + 1, 0);
  const flows = new Set(stretches.map((s) => `${s.reporterCode} ${s.flow}`)).size;
  return `${years.toLocaleString('en')} reporter-flow-years in ${flows} reporter-flows are IMF estimates with fixed partner shares`;
}
