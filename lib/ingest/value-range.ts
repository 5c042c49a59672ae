import type { Measure } from '../view-state/trade-terms';
import type { ProfileUnit } from '../view-state/profile-indicators';

// The largest US$ million value accepted: US$ 100 trillion, about five times the largest value
// published in data/ (World exports in 2019, 21,379,942.83 US$ million in WITS en_Wld; IMF DOTS's
// World imports in 2018 are 19,523,056.41). A value past it is a typo or a corrupted cell.
export const MAX_US_DOLLAR_MILLIONS = 100_000_000;

export type ValueContext = {
  source: 'wits' | 'dots';
  reporterKind: 'economy' | 'aggregate' | undefined;
};

// What a stored value must be, by measure; undefined when the value is within its range. Values
// are finite (the number cell schemas reject "1e309"). Shares are 0–100. US$ values are 0 or more
// and below MAX_US_DOLLAR_MILLIONS, except that IMF DOTS publishes 13 small negative residuals for
// its aggregate reporters (World and Advanced Economies, partner Malaysia, 1960–1963): those are
// stored as published, and no share is derived from them (sqlite-bulk-writer.ts).
export function valueRangeProblem(
  measure: Measure,
  value: number,
  context: ValueContext,
): string | undefined {
  if (!Number.isFinite(value)) return `a finite number (found ${value})`;
  if (measure === 'share') {
    return value >= 0 && value <= 100 ? undefined : `a share between 0 and 100 (found ${value})`;
  }
  if (Math.abs(value) >= MAX_US_DOLLAR_MILLIONS)
    return `a value in US$ million below ${MAX_US_DOLLAR_MILLIONS.toLocaleString('en')} (US$ 100 trillion; found ${value})`;
  if (value < 0 && !(context.source === 'dots' && context.reporterKind === 'aggregate')) {
    return context.source === 'dots'
      ? `a value in US$ million of 0 or more (found ${value}); negative values are accepted only from aggregate reporters ` +
          '(kind "aggregate" in data/economies.csv), as the IMF publishes them'
      : `a value in US$ million of 0 or more (found ${value})`;
  }
  return undefined;
}

// The largest percentage of GDP or tariff accepted: ten times the largest published (trade is
// 442.62 % of GDP at most in data/worldbank, a weighted average tariff 167.84 %).
const MAX_PERCENT = 5_000;
// A count of partners or products: WITS's product lists have about 5,000 lines (5,038 at most).
const MAX_COUNT = 100_000;

// What a profile value (lib/view-state/profile-indicators.ts) must be, by its unit; undefined
// when it is within range.
export function profileValueProblem(unit: ProfileUnit, value: number): string | undefined {
  if (!Number.isFinite(value)) return `a finite number (found ${value})`;
  const within = (min: number, max: number, what: string) =>
    value >= min && value <= max ? undefined : `${what} (found ${value})`;
  const usd = MAX_US_DOLLAR_MILLIONS.toLocaleString('en');
  switch (unit) {
    case 'share':
      return within(0, 100, 'a share between 0 and 100');
    case 'usd-million':
      return within(0, MAX_US_DOLLAR_MILLIONS - 1e-9, `a value in US$ million from 0 to below ${usd}`);
    case 'usd-million-signed':
      return within(
        -MAX_US_DOLLAR_MILLIONS + 1e-9,
        MAX_US_DOLLAR_MILLIONS - 1e-9,
        `a balance in US$ million within ±${usd}`,
      );
    case 'percent-of-gdp':
    case 'tariff-percent':
      return within(0, MAX_PERCENT, `a percentage from 0 to ${MAX_PERCENT.toLocaleString('en')}`);
    case 'percent-of-gdp-signed':
      return within(-MAX_PERCENT, MAX_PERCENT, `a percentage within ±${MAX_PERCENT.toLocaleString('en')}`);
    case 'count':
      return Number.isInteger(value) && value >= 0 && value <= MAX_COUNT
        ? undefined
        : `a whole number from 0 to ${MAX_COUNT.toLocaleString('en')} (found ${value})`;
    case 'index-0-1':
      return within(0, 1, 'an index between 0 and 1');
    case 'index-0-100':
      return within(0, 100, 'an index between 0 and 100');
  }
}
