'use client';
import { reportersOf, type Catalog } from '@/lib/catalog';
import { VIEWS, type DashboardState } from '@/lib/dashboard-state';
import { FLOWS, FLOW_LABELS, MEASURES, MEASURE_UNITS, SOURCES, SOURCE_LABELS, type Flow } from '@/lib/trade-terms';
import { PartnerPicker } from './partner-picker';

type Props = {
  state: DashboardState;
  catalog: Catalog;
  years: { min: number; max: number };
  nameOf: (code: string) => string;
  update: (change: Partial<DashboardState>) => void;
};

const VIEW_LABELS = { chart: 'Charts', table: 'Tables' } as const;

// Every view setting; each one writes the URL, nothing else (see use-dashboard-state.ts).
export function ViewControls({ state, catalog, years, nameOf, update }: Props) {
  const yearOptions = Array.from({ length: years.max - years.min + 1 }, (_, i) => years.min + i);
  const toggleFlow = (flow: Flow, on: boolean) => {
    const flows = on ? [...state.flows, flow] : state.flows.filter((f) => f !== flow);
    if (flows.length > 0) update({ flows: FLOWS.filter((f) => flows.includes(f)) });
  };
  return (
    <div className="controls" role="group" aria-label="View settings">
      <PartnerPicker selected={state.partners} available={catalog.partners[state.source][state.reporter] ?? []} nameOf={nameOf} onChange={(partners) => update({ partners })} />
      <div className="control-column">
        <label className="control">
          Reporter
          <select value={state.reporter} onChange={(event) => update({ reporter: event.target.value })}>
            {reportersOf(catalog, state.source).map((code) => (
              <option key={code} value={code}>
                {nameOf(code)}
              </option>
            ))}
          </select>
        </label>
        <div className="control year-range">
          <label>
            From
            <select value={state.from} onChange={(event) => update({ from: Math.min(Number(event.target.value), state.to) })}>
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <label>
            to
            <select value={state.to} onChange={(event) => update({ to: Math.max(Number(event.target.value), state.from) })}>
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <fieldset className="control">
        <legend>Flows</legend>
        {FLOWS.map((flow) => (
          <label key={flow} className="switch">
            <input type="checkbox" name="flows" value={flow} checked={state.flows.includes(flow)} disabled={state.flows.length === 1 && state.flows.includes(flow)} onChange={(event) => toggleFlow(flow, event.target.checked)} />
            {FLOW_LABELS[flow].title}
          </label>
        ))}
      </fieldset>
      <fieldset className="control">
        <legend>Source</legend>
        {SOURCES.map((source) => (
          <label key={source} className="switch">
            <input type="radio" name="source" value={source} checked={state.source === source} onChange={() => update({ source })} />
            {SOURCE_LABELS[source]}
          </label>
        ))}
      </fieldset>
      <fieldset className="control">
        <legend>Measure</legend>
        {MEASURES.map((measure) => (
          <label key={measure} className="switch">
            <input type="radio" name="measure" value={measure} checked={state.measure === measure} onChange={() => update({ measure })} />
            {measure === 'share' ? 'Share (%)' : `Value (${MEASURE_UNITS.value.unit})`}
          </label>
        ))}
      </fieldset>
      <fieldset className="control">
        <legend>Show as</legend>
        {VIEWS.map((view) => (
          <label key={view} className="switch">
            <input type="radio" name="view" value={view} checked={state.view === view} onChange={() => update({ view })} />
            {VIEW_LABELS[view]}
          </label>
        ))}
      </fieldset>
      <fieldset className="control">
        <legend>Layers</legend>
        <label className="switch">
          <input type="checkbox" name="annotations" checked={state.annotations} onChange={(event) => update({ annotations: event.target.checked })} />
          The article’s notes
        </label>
        {state.source === 'wits' ? (
          <label className="switch">
            <input type="checkbox" name="fill" checked={state.fill} onChange={(event) => update({ fill: event.target.checked })} />
            Fill gaps in {SOURCE_LABELS.wits} with shares computed from {SOURCE_LABELS.dots} (dashed)
          </label>
        ) : null}
      </fieldset>
    </div>
  );
}
