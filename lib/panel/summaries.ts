import type { FirstPassed } from './first-passed';
import { estimatedSpans, estimatesLeftOut } from './fixed-share-estimates';
import { formatValue } from './format';
import type { Series } from './series-types';
import { FLOW_PREPOSITION, itsTradeWith, reporterTradeWith } from './trade-subject';
import { FLOW_LABELS, type Flow, type Measure } from '../view-state/trade-terms';

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
  const changes = flowSeries.slice(0, 2).map((s, index) => {
    const known = s.points.filter((p) => p.value !== null && !p.fixedShare); // reported values only
    const subject = lineSubject(s.partnerName, reporter, flow, measure, index === 0);
    const plural = measure === 'value'; // "imports … were", "share … was"
    const none = s.points.some((p) => p.value !== null) ? 'reported' : 'published'; // estimates only, or nothing
    if (known.length === 0)
      return `${lineSubject(s.partnerName, reporter, flow, measure, true)} ${plural ? 'have' : 'has'} no ${none} value in this range`;
    const first = known[0];
    const last = known[known.length - 1];
    const unchanged = plural ? 'were unchanged' : 'was unchanged';
    const verb = last.value! > first.value! ? 'rose' : last.value! < first.value! ? 'fell' : unchanged;
    return `${subject} ${verb} from ${formatValue(first.value!, measure)} in ${first.year} to ${formatValue(last.value!, measure)} in ${last.year}`;
  });
  const sentence = changes.join(', while ');
  const estimates = estimatesLeftOut(estimatedSpans(flowSeries.slice(0, 2).flatMap((s) => s.points)));
  if (!crossover || flowSeries.length < 2) return `${sentence}${estimates}.`;
  return `${sentence}; ${crossoverVerdict(flowSeries, measure, crossover)}${estimates}.`;
}

// "China’s share of Kazakhstan’s imports" then "Russia’s"; in values (each with its unit, US$ m),
// "Kazakhstan’s imports from China" then "its imports from Russia": the reporter's trade with the partner, not the partner's own.
function lineSubject(
  partner: string,
  reporter: string,
  flow: Flow,
  measure: Measure,
  first: boolean,
): string {
  if (measure === 'share')
    return first ? `${partner}’s share of ${reporter}’s ${FLOW_LABELS[flow].noun}` : `${partner}’s`;
  return first ? reporterTradeWith(reporter, flow, partner) : itsTradeWith(flow, partner);
}

function crossoverVerdict([a, b]: Series[], measure: Measure, crossover: FirstPassed): string {
  const range = `${a.points[0]?.year}–${a.points[a.points.length - 1]?.year}`;
  switch (crossover.kind) {
    case 'passed':
      return measure === 'share'
        ? `${a.partnerName}’s share first passed ${b.partnerName}’s in ${crossover.year}`
        : `${itsTradeWith(a.flow, a.partnerName)} first passed those ${FLOW_PREPOSITION[a.flow]} ${b.partnerName} in ${crossover.year}`;
    case 'already-above':
      return `${a.partnerName} was already above ${b.partnerName} in ${crossover.year}`;
    case 'not-passed':
      return `${a.partnerName} has not passed ${b.partnerName} in ${range}`;
    case 'no-overlap':
      return `no year in ${range} has values for both`;
  }
}
