'use client';
import { useId, useMemo, useState } from 'react';
import { MAX_PARTNERS } from '@/lib/dashboard-state';

type Props = {
  selected: string[];
  available: string[]; // partner codes with data for this reporter and source
  nameOf: (code: string) => string;
  onChange: (partners: string[]) => void;
};

const MAX_MATCHES = 12;

// Chosen partners as removable chips, and a search box that offers the partners the chosen source
// has for this reporter. Plain buttons, so mouse, touch and keyboard all work the same way.
export function PartnerPicker({ selected, available, nameOf, onChange }: Props) {
  const [query, setQuery] = useState('');
  const id = useId();
  const matches = useMemo(() => {
    const text = query.trim().toLowerCase();
    if (text === '') return [];
    return available
      .filter((code) => !selected.includes(code))
      .filter((code) => code.toLowerCase() === text || nameOf(code).toLowerCase().includes(text))
      .sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  }, [query, available, selected, nameOf]);
  const full = selected.length >= MAX_PARTNERS;

  return (
    <fieldset className="partner-picker">
      <legend>Partners</legend>
      <ul className="chips">
        {selected.map((code) => (
          <li key={code} data-partner-chip={code}>
            {nameOf(code)}
            <button
              type="button"
              aria-label={`Remove ${nameOf(code)}`}
              disabled={selected.length === 1}
              onClick={() => onChange(selected.filter((c) => c !== code))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-search`}>Add a partner</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        disabled={full}
        placeholder={full ? `At most ${MAX_PARTNERS} partners` : 'Search, e.g. Germany'}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-count`}
        autoComplete="off"
      />
      <p id={`${id}-count`} className="visually-hidden" aria-live="polite">
        {query.trim() === '' ? '' : `${matches.length} partner${matches.length === 1 ? '' : 's'} found`}
      </p>
      {matches.length > 0 ? (
        <ul className="partner-matches">
          {matches.slice(0, MAX_MATCHES).map((code) => (
            <li key={code}>
              <button
                type="button"
                data-partner-option={code}
                onClick={() => {
                  onChange([...selected, code]);
                  setQuery('');
                }}
              >
                {nameOf(code)} <span className="muted">({code})</span>
              </button>
            </li>
          ))}
          {matches.length > MAX_MATCHES ? (
            <li className="muted">…and {matches.length - MAX_MATCHES} more: type more of the name</li>
          ) : null}
        </ul>
      ) : null}
    </fieldset>
  );
}
