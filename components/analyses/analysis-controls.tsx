import type { ReactNode } from 'react';
import {
  ANALYSIS_PARAMS,
  MAX_REPORTERS,
  type AnalysisState,
  type AnalysisView,
} from '@/lib/view-state/analysis-state';
import { MAX_PARTNERS } from '@/lib/view-state/dashboard-state';
import { FLOW_LABELS, FLOWS, SOURCE_LABELS, SOURCES } from '@/lib/view-state/trade-terms';
import { CodesPicker } from './codes-picker';

type Props = {
  view: AnalysisView;
  state: AnalysisState;
  reporters: { code: string; name: string }[]; // economies some source has figures reported by
  economies: { code: string; name: string }[]; // every economy: the partners one may name
  years: { min: number; max: number; fromData: boolean }; // the years the view's data has
};

type Param = (typeof ANALYSIS_PARAMS)[AnalysisView][number];
const FLOW_OPTIONS = FLOWS.map((flow): [string, string] => [flow, FLOW_LABELS[flow].title]);
const COLOURING_OPTIONS: [string, string][] = [
  ['larger', 'Which share is larger'],
  ['passed', 'Year the first passed the second'],
];

// A plain GET form: it writes the address and works before (or without) any JavaScript; the
// economies are chosen by name once the page is interactive (codes-picker.tsx).
export function AnalysisControls({ view, state, reporters, economies, years }: Props) {
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
  // Bounded by the years the data has; an address's own year outside them stays, so the form submits.
  const year = (name: 'from' | 'to' | 'year' | 'base') => (
    <input
      id={`ctl-${name}`}
      name={name}
      type="number"
      min={Math.min(years.min, state[name])}
      max={Math.max(years.max, state[name])}
      defaultValue={state[name]}
      aria-describedby="analysis-year-span"
    />
  );
  const usesYears = (['from', 'to', 'year', 'base'] as const).some((name) => uses.has(name));
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
      {uses.has('reporters') ? (
        <CodesPicker
          name="reporters"
          legend="Reporters"
          noun={{ one: 'reporter', many: 'reporters' }}
          initial={state.reporters}
          options={reporters}
          max={MAX_REPORTERS}
        />
      ) : null}
      {uses.has('partners') || uses.has('pair') ? (
        <CodesPicker
          name="partners"
          legend={uses.has('pair') ? 'Two partners' : 'Partners'}
          noun={{ one: 'partner', many: 'partners' }}
          initial={state.partners}
          options={economies}
          max={uses.has('pair') ? 2 : MAX_PARTNERS}
        />
      ) : null}
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
      {usesYears ? (
        <p id="analysis-year-span" className="muted year-span" data-testid="year-span">
          {years.fromData
            ? `The data this view reads has the years ${years.min}–${years.max}.`
            : `No data for this choice; the datasets span ${years.min}–${years.max}.`}
        </p>
      ) : null}
    </form>
  );
}
