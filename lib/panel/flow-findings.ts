import type { FirstPassed } from './first-passed';
import { FLOW_LABELS, type Flow } from '../view-state/trade-terms';

// What the view's panels show about its first partner against its second, flow by flow, in one
// headline: "China passed Russia in Kazakhstan’s exports in 2007; Russia still leads in its imports".
// Every clause is computed from a panel's crossover (lib/panel/first-passed.ts), so the headline
// never says more than the data does: a flow where the first partner has not passed the second is
// said as such, not folded into a story of catching up.

export type FlowFinding = { flow: Flow; crossover: FirstPassed | null };

function nounsWithYears(findings: FlowFinding[]): string {
  const parts = findings.map(({ flow, crossover }) => {
    const year = crossover && 'year' in crossover ? ` in ${crossover.year}` : '';
    return `${FLOW_LABELS[flow].noun}${year}`;
  });
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

// null when no panel has both partners in a common year (nothing to say about who leads).
export function findingsHeadline(
  reporter: string,
  [first, second]: [string, string],
  findings: FlowFinding[],
): string | null {
  const of = (kind: FirstPassed['kind']) => findings.filter((f) => f.crossover?.kind === kind);
  const clauses: string[] = [];
  const whose = () => (clauses.length === 0 ? `${reporter}’s` : 'its');
  const passed = of('passed');
  if (passed.length > 0) clauses.push(`${first} passed ${second} in ${whose()} ${nounsWithYears(passed)}`);
  const ahead = of('already-above');
  if (ahead.length > 0) clauses.push(`${first} already led ${second} in ${whose()} ${nounsWithYears(ahead)}`);
  const behind = of('not-passed');
  if (behind.length > 0)
    clauses.push(
      clauses.length === 0
        ? `${second} still leads ${first} in ${whose()} ${nounsWithYears(behind)}`
        : `${second} still leads in ${whose()} ${nounsWithYears(behind)}`,
    );
  return clauses.length > 0 ? clauses.join('; ') : null;
}
