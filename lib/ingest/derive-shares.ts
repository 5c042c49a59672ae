import { WORLD } from './bulk-writer/stored-codes';
import type { ObservationInput } from './rows-to-observations';

// IMF DOTS publishes values, not shares: a partner's share is its value over the reporter's World
// total for that flow and year, × 100. No World total, or a zero one, gives no share (a gap); nor
// does a negative value or one above its World total (IMF estimates of 2010; cross-row-checks.ts),
// so no share is above 100 or below 0.
export function deriveShares(values: ObservationInput[]): ObservationInput[] {
  const worldTotals = new Map<string, ObservationInput>();
  for (const o of values) {
    if (o.measure === 'value' && o.partnerCode === WORLD) worldTotals.set(totalKey(o), o);
  }
  const shares: ObservationInput[] = [];
  for (const o of values) {
    if (o.measure !== 'value' || o.partnerCode === WORLD) continue;
    const world = worldTotals.get(totalKey(o));
    if (!world || world.value <= 0 || o.value < 0 || o.value > world.value) continue;
    const fromEstimate = o.flag === 'estimate' || world.flag === 'estimate';
    shares.push({
      ...o,
      measure: 'share',
      value: (o.value / world.value) * 100,
      flag: fromEstimate ? 'derived-from-estimate' : 'derived',
    });
  }
  return shares;
}

function totalKey(o: ObservationInput): string {
  return `${o.reporterCode}|${o.flow}|${o.year}`;
}
