import type { ReactNode } from 'react';
import type { DashboardState } from '@/lib/view-state/dashboard-state';
import { FLOW_LABELS, MEASURE_UNITS, SOURCE_LABELS } from '@/lib/view-state/trade-terms';

type Props = { state: DashboardState; nameOf: (code: string) => string; children: ReactNode };

// The view's settings folded under one line that says what is shown, so the first screen is the
// finding and its chart. A native <details>: it opens by keyboard (Enter, Space) and is announced
// as a collapsed or expanded group by screen readers, without any JavaScript.
export function ViewSettings({ state, nameOf, children }: Props) {
  const shown = [
    state.partners.map(nameOf).join(', '),
    nameOf(state.reporter),
    state.flows.map((flow) => FLOW_LABELS[flow].noun).join(' and '),
    `${state.from}–${state.to}`,
    SOURCE_LABELS[state.source],
    state.measure === 'share' ? 'share (%)' : MEASURE_UNITS.value.unit,
  ].join(' · ');
  return (
    <details className="view-settings" data-testid="view-settings">
      <summary>
        <span className="view-settings-label">Change the view</span>{' '}
        <span className="view-settings-shown">{shown}</span>
      </summary>
      {children}
    </details>
  );
}
