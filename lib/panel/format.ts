import { MEASURE_UNITS, type Measure } from '../view-state/trade-terms';
import type { ProfileUnit } from '../view-state/profile-indicators';

// One formatter per precision: Number#toLocaleString builds a new Intl.NumberFormat on every call,
// which was the largest single cost of rendering the page (~17 ms of its ~37 ms).
const FORMATTERS = {
  share: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  value: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
} satisfies Record<Measure, Intl.NumberFormat>;

// Numbers as the sources print them: shares to two decimals, US$ million to one.
export function formatNumber(value: number, measure: Measure): string {
  return FORMATTERS[measure].format(value);
}

export function formatValue(value: number, measure: Measure): string {
  return `${formatNumber(value, measure)}${MEASURE_UNITS[measure].suffix}`;
}

export function formatDifference(difference: number, measure: Measure): string {
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
  const unit = measure === 'share' ? ' pp' : MEASURE_UNITS[measure].suffix;
  return `${sign}${formatNumber(Math.abs(difference), measure)}${unit}`;
}

// "29 Nov 2026": when a data version was recorded, the same on the server and in any browser.
const VERSION_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
export function formatVersionDate(iso: string): string {
  return VERSION_DATE.format(new Date(iso));
}

const PROFILE_FORMATS = {
  two: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  one: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  whole: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
};

// A trade-profile value with its unit (lib/view-state/profile-indicators.ts), as WITS publishes it.
export function formatProfileValue(value: number, unit: ProfileUnit): string {
  switch (unit) {
    case 'usd-million':
    case 'usd-million-signed':
      return `${PROFILE_FORMATS.one.format(value)} US$ m`;
    case 'share':
    case 'percent-of-gdp':
    case 'percent-of-gdp-signed':
    case 'tariff-percent':
      return `${PROFILE_FORMATS.two.format(value)} %`;
    case 'count':
      return PROFILE_FORMATS.whole.format(value);
    case 'index-0-1':
    case 'index-0-100':
      return PROFILE_FORMATS.two.format(value);
  }
}
