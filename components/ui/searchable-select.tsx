'use client';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';

export type SelectOption = { value: string; label: string };

// What to say, and offer, when the typed text matches no option: a way that works, not a dead end.
export type NoMatchHint = { text: string; action?: { label: string; onSelect: () => void } };

type Props = {
  label: string;
  options: SelectOption[];
  onChoose: (value: string) => void;
  value?: string; // the chosen option, shown in the box while the reader is not typing; none: the box starts empty
  placeholder?: string;
  disabled?: boolean;
  optionAttribute: string; // e.g. "partner": each option carries data-partner-option="<value>"
  noun: { one: string; many: string }; // what the options are, for the count read aloud
  status?: string; // read aloud instead of the count while the options are not there, e.g. loading
  noMatch?: (query: string) => NoMatchHint; // shown (and read aloud) when the text matches nothing
};

const MAX_SHOWN = 12;

// A search box over a long list (ARIA combobox with a listbox): type part of a name or a code,
// move with the arrow keys, Enter chooses, Escape closes; mouse and touch choose by tapping.
// The count of matches is read aloud as it changes.
export function SearchableSelect({
  label,
  options,
  onChoose,
  value,
  placeholder,
  disabled,
  optionAttribute,
  noun,
  status,
  noMatch,
}: Props) {
  const id = useId();
  const [query, setQuery] = useState<string | null>(null); // null: not typing, the box shows the choice
  // The last text that matched nothing: its hint stays after the box loses focus, so its button can be reached.
  const [missed, setMissed] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const chosenLabel = options.find((option) => option.value === value)?.label ?? value ?? '';
  const matches = useMemo(() => matchOptions(options, query), [options, query]);
  const open = query !== null && matches.length > 0;
  const shown = matches.slice(0, MAX_SHOWN);

  const choose = (option: SelectOption) => {
    setQuery(null);
    setMissed(null);
    setActive(0);
    onChoose(option.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (query === null) {
        setQuery(''); // open the whole list, from the top
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + shown.length) % Math.max(1, shown.length));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(shown[Math.min(active, shown.length - 1)]);
    } else if (event.key === 'Escape' && query !== null) {
      event.preventDefault();
      setQuery(null);
    }
  };
  const optionId = (index: number) => `${id}-option-${index}`;

  return (
    <div className="searchable-select">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={open ? optionId(Math.min(active, shown.length - 1)) : undefined}
        aria-describedby={`${id}-count`}
        value={query ?? chosenLabel}
        disabled={disabled}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const text = event.target.value;
          // Typing after the shown choice starts a new search rather than extending its name.
          const typedAfterChoice = query === null && chosenLabel !== '' && text.startsWith(chosenLabel);
          const typed = typedAfterChoice ? text.slice(chosenLabel.length) : text;
          setQuery(typed);
          setActive(0);
          setMissed(status || typed.trim() === '' || matchOptions(options, typed).length > 0 ? null : typed);
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => setQuery(null)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-count`} className="visually-hidden" aria-live="polite">
        {query === null
          ? ''
          : status
            ? status
            : query.trim() === ''
              ? ''
              : `${matches.length} ${matches.length === 1 ? noun.one : noun.many} found`}
      </p>
      {missed !== null && noMatch && !status ? (
        <NoMatch hint={noMatch(missed)} onDone={() => setMissed(null)} />
      ) : null}
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Suggestions"
        className="select-options"
        hidden={!open}
      >
        {open
          ? shown.map((option, index) => (
              <li
                key={option.value}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                {...{ [`data-${optionAttribute}-option`]: option.value }}
                // mousedown would blur the box (and close the list) before the click lands
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                {option.label} <span className="muted">({option.value})</span>
              </li>
            ))
          : null}
        {open && matches.length > MAX_SHOWN ? (
          <li role="presentation" className="muted">
            …and {matches.length - MAX_SHOWN} more: type more of the name
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function NoMatch({ hint, onDone }: { hint: NoMatchHint; onDone: () => void }) {
  return (
    <p className="select-hint" role="status" data-testid="no-match-hint">
      {hint.text}{' '}
      {hint.action ? (
        <button
          type="button"
          onClick={() => {
            onDone();
            hint.action!.onSelect();
          }}
        >
          {hint.action.label}
        </button>
      ) : null}
    </p>
  );
}

// Options whose name contains the text, or whose code is the text, by name; all of them for "".
export function matchOptions(options: SelectOption[], query: string | null): SelectOption[] {
  if (query === null) return [];
  const text = query.trim().toLowerCase();
  return options
    .filter(
      (option) =>
        text === '' || option.value.toLowerCase() === text || option.label.toLowerCase().includes(text),
    )
    .sort((a, b) => a.label.localeCompare(b.label));
}
