import type { FirstPassed } from './first-passed';
import { estimatedSpans, estimatesLeftOut } from './fixed-share-estimates';
import { formatValue } from './format';
import type { Series } from './series-types';
import { FLOW_LABELS, MEASURE_UNITS, type Flow, type Measure } from '../view-state/trade-terms';

// A panel in one plain sentence: how the first two partners moved, and whether the first passed
// the second. Read aloud by screen readers and printed under every chart and image.
export function summarisePanel(
  flowSeries: Series[],
  flow: Flow,
  measure: Measure,
  crossover: FirstPassed | null,
): string {
  if (flowSeries.length === 0) return 'No series chosen.';
  const reporter = flowSeries[0].reporterName;
  const what =
    measure === 'share'
      ? `share of ${reporter}’s ${FLOW_LABELS[flow].noun}`
      : `${FLOW_LABELS[flow].noun} (${MEASURE_UNITS[measure].unit})`;
  const changes = flowSeries.slice(0, 2).map((s, index) => {
    const known = s.points.filter((p) => p.value !== null && !p.fixedShare); // reported values only
    if (known.length === 0) return `${s.partnerName} has no published value in this range`;
    const first = known[0];
    const last = known[known.length - 1];
    const verb = last.value! > first.value! ? 'rose' : last.value! < first.value! ? 'fell' : 'was unchanged';
    const subject = index === 0 ? `${s.partnerName}’s ${what}` : `${s.partnerName}’s`;
    return `${subject} ${verb} from ${formatValue(first.value!, measure)} in ${first.year} to ${formatValue(last.value!, measure)} in ${last.year}`;
  });
  const sentence = changes.join(', while ');
  const estimates = estimatesLeftOut(estimatedSpans(flowSeries.slice(0, 2).flatMap((s) => s.points)));
  if (!crossover || flowSeries.length < 2) return `${sentence}${estimates}.`;
  return `${sentence}; ${crossoverVerdict(flowSeries, measure, crossover)}${estimates}.`;
}

function crossoverVerdict([a, b]: Series[], measure: Measure, crossover: FirstPassed): string {
  const range = `${a.points[0]?.year}–${a.points[a.points.length - 1]?.year}`;
  switch (crossover.kind) {
    case 'passed':
      return `${a.partnerName}’s ${measure === 'share' ? 'share' : 'value'} first passed ${b.partnerName}’s in ${crossover.year}`;
    case 'already-above':
      return `${a.partnerName} was already above ${b.partnerName} in ${crossover.year}`;
    case 'not-passed':
      return `${a.partnerName} has not passed ${b.partnerName} in ${range}`;
    case 'no-overlap':
      return `no year in ${range} has values for both`;
  }
}
