import type { ReactNode } from 'react';
import { ANALYSIS_PARAMS, type AnalysisState, type AnalysisView } from '@/lib/view-state/analysis-state';
import { FLOW_LABELS, FLOWS, SOURCE_LABELS, SOURCES } from '@/lib/view-state/trade-terms';

type Props = {
  view: AnalysisView;
  state: AnalysisState;
  reporters: { code: string; name: string }[]; // economies some source has figures reported by
  years: { min: number; max: number };
};

type Param = (typeof ANALYSIS_PARAMS)[AnalysisView][number];
const FLOW_OPTIONS = FLOWS.map((flow): [string, string] => [flow, FLOW_LABELS[flow].title]);
const COLOURING_OPTIONS: [string, string][] = [
  ['larger', 'Which share is larger'],
  ['passed', 'Year the first passed the second'],
];

// A plain GET form: it writes the address and works before (or without) any JavaScript.
export function AnalysisControls({ view, state, reporters, years }: Props) {
  const uses = new Set<Param>(ANALYSIS_PARAMS[view]);
  const control = (name: Param, label: string, field: ReactNode) =>
    uses.has(name) ? (
      <div className="control">
        <label htmlFor={`ctl-${name}`}>{label}</label>
        {field}
      </div>
    ) : null;
  const select = (name: Param, value: string, options: [string, string][]) => (
    <select id={`ctl-${name}`} name={name} defaultValue={value}>
      {options.map(([option, text]) => (
        <option key={option} value={option}>
          {text}
        </option>
      ))}
    </select>
  );
  const codes = (name: 'reporters' | 'partners') => (
    <input id={`ctl-${name}`} name={name} defaultValue={state[name].join(',')} autoCapitalize="characters" />
  );
  const year = (name: 'from' | 'to' | 'year' | 'base') => (
    <input
      id={`ctl-${name}`}
      name={name}
      type="number"
      min={years.min}
      max={years.max}
      defaultValue={state[name]}
    />
  );
  const reporterOptions = reporters.map((r): [string, string] => [r.code, `${r.name} (${r.code})`]);
  const sourceOptions = SOURCES.map((source): [string, string] => [source, SOURCE_LABELS[source]]);
  return (
    <form
      className="controls analysis-controls"
      method="get"
      action={`/${view}`}
      aria-label="View settings"
      data-swap="controls"
    >
      {control('reporter', 'Reporter', select('reporter', state.reporter, reporterOptions))}
      {control('reporters', 'Reporters (codes, comma-separated)', codes('reporters'))}
      {control('partners', 'Partners (codes, comma-separated)', codes('partners'))}
      {control(
        'pair',
        'Two partners (codes, comma-separated)',
        <input
          id="ctl-pair"
          name="partners"
          defaultValue={state.partners.join(',')}
          autoCapitalize="characters"
        />,
      )}
      {control(
        'flows',
        'Flows',
        select('flows', state.flows.join(','), [['import,export', 'Imports and exports'], ...FLOW_OPTIONS]),
      )}
      {control('flow', 'Flow', select('flow', state.flow, FLOW_OPTIONS))}
      {control('from', 'From', year('from'))}
      {control('to', 'To', year('to'))}
      {control('year', 'Year', year('year'))}
      {control('base', 'Compared with', year('base'))}
      {control('source', 'Source', select('source', state.source, sourceOptions))}
      {control('colouring', 'Colour by', select('colouring', state.colouring, COLOURING_OPTIONS))}
      {control(
        'compare',
        'Compare with',
        select('compare', state.compare, [['', 'No second reporter'], ...reporterOptions]),
      )}
      <button type="submit" className="toggle">
        Show
      </button>
    </form>
  );
}
