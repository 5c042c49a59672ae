'use client';
import { useId, useState } from 'react';
import { SearchableSelect } from '../ui/searchable-select';
import { useHydrated } from '../ui/use-hydrated';

type Props = {
  name: 'reporters' | 'partners'; // the form field the codes go in, as the URL parser reads it
  legend: string;
  noun: { one: string; many: string };
  initial: string[];
  options: { code: string; name: string }[]; // what may be chosen, from the catalog the page has
  max: number;
};

// Economies named by their names, chosen from a search box, in a plain GET form. Before (or
// without) JavaScript the same field is a text box of codes; after hydration the chips and the
// search box write the same field (a hidden input), so the address and its parser are unchanged.
// Both states draw a row of chips and one labelled box, so hydrating moves nothing.
export function CodesPicker({ name, legend, noun, initial, options, max }: Props) {
  const id = useId();
  const hydrated = useHydrated();
  const [codes, setCodes] = useState(initial);
  const names = new Map(options.map((option) => [option.code, option.name]));
  const nameOf = (code: string) => names.get(code) ?? code;
  const full = codes.length >= max;
  return (
    <fieldset className="control codes-picker" data-codes-picker={name}>
      <legend>{legend}</legend>
      <ul className="chips">
        {codes.map((code) => (
          <li key={code} data-code-chip={code}>
            {nameOf(code)}
            {/* Kept in place but hidden until it works, so the chips keep their width. */}
            <button
              type="button"
              aria-label={`Remove ${nameOf(code)}`}
              disabled={codes.length === 1}
              style={hydrated ? undefined : { visibility: 'hidden' }}
              onClick={() => setCodes(codes.filter((c) => c !== code))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {hydrated ? (
        <>
          <SearchableSelect
            label={`Add a ${noun.one}`}
            options={options
              .filter((option) => !codes.includes(option.code))
              .map((option) => ({ value: option.code, label: option.name }))}
            onChoose={(code) => setCodes([...codes, code])}
            disabled={full}
            placeholder={full ? `At most ${max} ${noun.many}` : 'Search by name or code'}
            optionAttribute={noun.one}
            noun={noun}
          />
          <input type="hidden" name={name} value={codes.join(',')} />
        </>
      ) : (
        <div className="searchable-select">
          <label htmlFor={`${id}-codes`}>Codes, comma-separated</label>
          <input
            id={`${id}-codes`}
            name={name}
            defaultValue={initial.join(',')}
            autoCapitalize="characters"
          />
        </div>
      )}
    </fieldset>
  );
}
