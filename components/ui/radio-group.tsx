'use client';

type Props<Value extends string> = {
  legend: string;
  name: string;
  options: readonly { value: Value; label: string }[];
  value: Value;
  onChange: (value: Value) => void;
};

// A labelled set of radio buttons for one closed set (source, measure, view).
export function RadioGroup<Value extends string>({ legend, name, options, value, onChange }: Props<Value>) {
  return (
    <fieldset className="control">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="switch">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
