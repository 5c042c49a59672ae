import { ANALYSIS_PARAMS, type AnalysisState, type AnalysisView } from '@/lib/view-state/analysis-state';
import { FLOW_LABELS, FLOWS, SOURCE_LABELS, SOURCES } from '@/lib/view-state/trade-terms';

type Props = {
  view: AnalysisView;
  state: AnalysisState;
  reporters: { code: string; name: string }[]; // economies some source has figures reported by
  years: { min: number; max: number };
};

// A plain GET form: it writes the address and works before (or without) any JavaScript.
export function AnalysisControls({ view, state, reporters, years }: Props) {
  const uses = new Set(ANALYSIS_PARAMS[view]);
  const yearInput = (name: 'from' | 'to' | 'year' | 'base', label: string) => (
    <div className="control">
      <label htmlFor={`ctl-${name}`}>{label}</label>
      <input
        id={`ctl-${name}`}
        name={name}
        type="number"
        min={years.min}
        max={years.max}
        defaultValue={state[name]}
      />
    </div>
  );
  return (
    <form className="controls analysis-controls" method="get" action={`/${view}`} aria-label="View settings">
      {uses.has('reporter') ? (
        <div className="control">
          <label htmlFor="ctl-reporter">Reporter</label>
          <select id="ctl-reporter" name="reporter" defaultValue={state.reporter}>
            {reporters.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name} ({r.code})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {uses.has('reporters') ? (
        <div className="control">
          <label htmlFor="ctl-reporters">Reporters (codes, comma-separated)</label>
          <input
            id="ctl-reporters"
            name="reporters"
            defaultValue={state.reporters.join(',')}
            autoCapitalize="characters"
          />
        </div>
      ) : null}
      {uses.has('partners') ? (
        <div className="control">
          <label htmlFor="ctl-partners">Partners (codes, comma-separated)</label>
          <input
            id="ctl-partners"
            name="partners"
            defaultValue={state.partners.join(',')}
            autoCapitalize="characters"
          />
        </div>
      ) : null}
      {uses.has('flows') ? (
        <div className="control">
          <label htmlFor="ctl-flows">Flows</label>
          <select id="ctl-flows" name="flows" defaultValue={state.flows.join(',')}>
            <option value="import,export">Imports and exports</option>
            {FLOWS.map((flow) => (
              <option key={flow} value={flow}>
                {FLOW_LABELS[flow].title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {uses.has('flow') ? (
        <div className="control">
          <label htmlFor="ctl-flow">Flow</label>
          <select id="ctl-flow" name="flow" defaultValue={state.flow}>
            {FLOWS.map((flow) => (
              <option key={flow} value={flow}>
                {FLOW_LABELS[flow].title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {uses.has('from') ? yearInput('from', 'From') : null}
      {uses.has('to') ? yearInput('to', 'To') : null}
      {uses.has('year') ? yearInput('year', 'Year') : null}
      {uses.has('base') ? yearInput('base', 'Compared with') : null}
      {uses.has('source') ? (
        <div className="control">
          <label htmlFor="ctl-source">Source</label>
          <select id="ctl-source" name="source" defaultValue={state.source}>
            {SOURCES.map((source) => (
              <option key={source} value={source}>
                {SOURCE_LABELS[source]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="toggle">
        Show
      </button>
    </form>
  );
}
