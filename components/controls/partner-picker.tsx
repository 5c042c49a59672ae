'use client';
import { MAX_PARTNERS } from '@/lib/view-state/dashboard-state';
import { SearchableSelect } from '../ui/searchable-select';

type Props = {
  selected: string[];
  available: string[] | null; // partner codes with data for this reporter and source; null while they load
  failed: boolean; // the list could not be loaded
  nameOf: (code: string) => string;
  onChange: (partners: string[]) => void;
};

// Chosen partners as removable chips, and a search box that offers the partners the chosen source
// has for this reporter.
export function PartnerPicker({ selected, available, failed, nameOf, onChange }: Props) {
  const full = selected.length >= MAX_PARTNERS;
  const status = failed
    ? 'The partner list could not be loaded'
    : available === null
      ? 'Loading the partner list…'
      : undefined;
  const options = (available ?? [])
    .filter((code) => !selected.includes(code))
    .map((code) => ({ value: code, label: nameOf(code) }));
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
      <SearchableSelect
        label="Add a partner"
        options={options}
        onChoose={(code) => onChange([...selected, code])}
        disabled={full}
        placeholder={full ? `At most ${MAX_PARTNERS} partners` : (status ?? 'Search, e.g. Germany')}
        status={status}
        optionAttribute="partner"
        noun={{ one: 'partner', many: 'partners' }}
      />
    </fieldset>
  );
}
