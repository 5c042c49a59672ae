import { describe, expect, it } from 'vitest';
import { FLOWS } from '../view-state/trade-terms';
import { reporterValues } from './reporter-values';

describe('reporterValues', () => {
  it('gives back every value added, in order, past its first capacity, and nothing after clear', () => {
    const values = reporterValues();
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      partnerCode: `P${i % 300}`,
      flow: FLOWS[i % 2],
      year: 1948 + (i % 75),
      value: i / 7 - 3, // fractions and negatives kept exactly
    }));
    for (const row of rows) values.add(row);
    const seen: typeof rows = [];
    values.forEach((flow, partnerCode, year, value) =>
      seen.push({ partnerCode, flow: FLOWS[flow], year, value }),
    );
    expect(seen).toEqual(rows);

    values.clear();
    values.add(rows[5]);
    const after: string[] = [];
    values.forEach((flow, partnerCode, year, value) =>
      after.push(`${FLOWS[flow]} ${partnerCode} ${year} ${value}`),
    );
    expect(after).toEqual([`${rows[5].flow} ${rows[5].partnerCode} ${rows[5].year} ${rows[5].value}`]);
  });
});
