'use client';
import { articleCoversView } from '@/lib/panel/article-scope';
import { spanOf, type Catalog } from '@/lib/view-state/catalog';
import { VIEWS, type DashboardState } from '@/lib/view-state/dashboard-state';
import {
  FLOWS,
  FLOW_LABELS,
  MEASURES,
  MEASURE_UNITS,
  SOURCES,
  SOURCE_LABELS,
  type Flow,
  type Source,
} from '@/lib/view-state/trade-terms';
import { RadioGroup } from '../ui/radio-group';
import { SearchableSelect } from '../ui/searchable-select';
import { reporterNoMatch } from './reporter-no-match';
import { PartnerPicker } from './partner-picker';

type Props = {
  state: DashboardState;
  catalog: Catalog;
  partners: string[] | null; // the reporter's partners in the source; null while they load
  partnersFailed: boolean;
  years: { min: number; max: number }; // every dataset's span: the fallback when the reporter has none
  nameOf: (code: string) => string;
  update: (change: Partial<DashboardState>) => void;
};

const SOURCE_OPTIONS = SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] }));
const MEASURE_OPTIONS = MEASURES.map((value) => ({
  value,
  label: value === 'share' ? 'Share (%)' : `Value (${MEASURE_UNITS.value.unit})`,
}));
const VIEW_OPTIONS = VIEWS.map((value) => ({ value, label: value === 'chart' ? 'Charts' : 'Tables' }));

// Every view setting; each one writes the URL, nothing else (see use-dashboard-state.ts).
export function ViewControls({ state, catalog, partners, partnersFailed, years, nameOf, update }: Props) {
  // The years offered are those the chosen source has for the reporter (and the address's own, if outside).
  const filled = state.source === 'wits' && state.fill; // gaps filled from IMF DOTS: its years count too
  const held = spanOf(catalog, [
    [state.source, state.reporter],
    ...(filled ? [['dots', state.reporter] satisfies [Source, string]] : []),
  ]);
  const sourceName = `${SOURCE_LABELS[state.source]}${filled ? `, with gaps filled from ${SOURCE_LABELS.dots},` : ''}`;
  const span = held ?? years;
  const [first, last] = [Math.min(span.min, state.from), Math.max(span.max, state.to)];
  const yearOptions = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const toggleFlow = (flow: Flow, on: boolean) => {
    const flows = on ? [...state.flows, flow] : state.flows.filter((f) => f !== flow);
    if (flows.length > 0) update({ flows: FLOWS.filter((f) => flows.includes(f)) });
  };
  return (
    <div className="controls" role="group" aria-label="View settings">
      <PartnerPicker
        selected={state.partners}
        available={partners}
        failed={partnersFailed}
        nameOf={nameOf}
        onChange={(partners) => update({ partners })}
      />
      <div className="control-column">
        <SearchableSelect
          label="Reporter"
          value={state.reporter}
          options={catalog.reporters[state.source].map((code) => ({ value: code, label: nameOf(code) }))}
          onChoose={(reporter) => update({ reporter })}
          placeholder="Search, e.g. Kyrgyzstan"
          optionAttribute="reporter"
          noun={{ one: 'reporter', many: 'reporters' }}
          noMatch={(query) => reporterNoMatch(query, state.source, catalog, nameOf, update)}
        />
        <div className="control year-range">
          <YearSelect
            label="From"
            years={yearOptions}
            value={state.from}
            onChange={(from) => update({ from, to: Math.max(from, state.to) })}
          />
          <YearSelect
            label="to"
            years={yearOptions}
            value={state.to}
            onChange={(to) => update({ to, from: Math.min(to, state.from) })}
          />
        </div>
        <p id="year-span" className="muted year-span" data-testid="year-span">
          {held
            ? `${sourceName} has ${nameOf(state.reporter)}’s figures for ${held.min}–${held.max}` +
              (state.from < held.min || state.to > held.max ? '; the years outside are empty.' : '.')
            : `${SOURCE_LABELS[state.source]} has no figures for ${nameOf(state.reporter)}; the data spans ${years.min}–${years.max}.`}
        </p>
      </div>
      <fieldset className="control">
        <legend>Flows</legend>
        {FLOWS.map((flow) => (
          <label key={flow} className="switch">
            <input
              type="checkbox"
              name="flows"
              value={flow}
              checked={state.flows.includes(flow)}
              disabled={state.flows.length === 1 && state.flows.includes(flow)}
              onChange={(event) => toggleFlow(flow, event.target.checked)}
            />
            {FLOW_LABELS[flow].title}
          </label>
        ))}
      </fieldset>
      <RadioGroup
        legend="Source"
        name="source"
        options={SOURCE_OPTIONS}
        value={state.source}
        onChange={(source) => update({ source })}
      />
      <RadioGroup
        legend="Measure"
        name="measure"
        options={MEASURE_OPTIONS}
        value={state.measure}
        onChange={(measure) => update({ measure })}
      />
      <RadioGroup
        legend="Show as"
        name="view"
        options={VIEW_OPTIONS}
        value={state.view}
        onChange={(view) => update({ view })}
      />
      <fieldset className="control">
        <legend>Layers</legend>
        <label className="switch">
          <input
            type="checkbox"
            name="annotations"
            checked={state.annotations}
            disabled={!articleCoversView(state)} // the page says why, above the charts
            onChange={(event) => update({ annotations: event.target.checked })}
          />
          The article’s notes
        </label>
        {state.source === 'wits' ? (
          <label className="switch">
            <input
              type="checkbox"
              name="fill"
              checked={state.fill}
              onChange={(event) => update({ fill: event.target.checked })}
            />
            Fill gaps in {SOURCE_LABELS.wits} with shares computed from {SOURCE_LABELS.dots} (dashed)
          </label>
        ) : null}
      </fieldset>
    </div>
  );
}

type YearSelectProps = { label: string; years: number[]; value: number; onChange: (year: number) => void };

function YearSelect({ label, years, value, onChange }: YearSelectProps) {
  return (
    <label>
      {label}
      <select
        value={value}
        aria-describedby="year-span"
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}
