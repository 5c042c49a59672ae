import { describe, expect, it } from 'vitest';
import { gapReason, type GapContext } from './gap-reasons';

const gap: GapContext = {
  source: 'wits',
  hasFile: true,
  hasYear: true,
  reporter: 'Kazakhstan',
  partner: 'China',
  flow: 'import',
  year: 1998,
};

describe('gapReason', () => {
  it('blames WITS’s top-five rule when the year has data but not for this partner', () => {
    expect(gapReason(gap)).toBe(
      "China was not among Kazakhstan's five largest import sources in 1998; WITS publishes only the top five.",
    );
    expect(gapReason({ ...gap, flow: 'export' })).toContain('five largest export destinations');
  });

  it('says the source has no data for the year when no partner has any', () => {
    expect(gapReason({ ...gap, hasYear: false })).toBe(
      'World Bank WITS has no imports data for Kazakhstan in 1998.',
    );
  });

  it('says the source has no file for the reporter', () => {
    expect(gapReason({ ...gap, source: 'dots', hasFile: false })).toBe(
      'IMF DOTS has no file for Kazakhstan.',
    );
  });

  it('says IMF DOTS has no value, without the WITS top-five rule', () => {
    expect(gapReason({ ...gap, source: 'dots' })).toBe('IMF DOTS has no value for China in 1998.');
  });
});
