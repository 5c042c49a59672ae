import { describe, expect, it } from 'vitest';
import { claimVerdict, type Comparator } from './claim-verdict';

function judge(comparator: Comparator, threshold: number, wits: number | null, dots: number | null = null) {
  return claimVerdict({ comparator, threshold, wits, dots });
}

describe('claimVerdict', () => {
  describe('"nearly X"', () => {
    it('is consistent from one point below X up to X', () => {
      expect(judge('nearly', 20, 19.43)).toEqual({
        verdict: 'consistent',
        explanation: 'WITS 19.43 % is within one point below 20 %: consistent',
      });
      expect(judge('nearly', 20, 19).verdict).toBe('consistent');
      expect(judge('nearly', 20, 20)).toEqual({
        verdict: 'consistent',
        explanation: 'WITS 20.00 % equals 20 %: consistent',
      });
    });

    it('is close up to half a point above X', () => {
      expect(judge('nearly', 20, 20.3)).toEqual({
        verdict: 'close',
        explanation: 'WITS 20.30 % is slightly above 20 %, not under it: close',
      });
      expect(judge('nearly', 20, 20.5).verdict).toBe('close');
    });

    it('is inconsistent further below or above', () => {
      expect(judge('nearly', 20, 18.99)).toEqual({
        verdict: 'inconsistent',
        explanation: 'WITS 18.99 % is more than one point below 20 %: inconsistent',
      });
      expect(judge('nearly', 20, 20.51)).toEqual({
        verdict: 'inconsistent',
        explanation: 'WITS 20.51 % is more than half a point above 20 %: inconsistent',
      });
    });
  });

  describe('"below X"', () => {
    it('is consistent only strictly below X', () => {
      expect(judge('below', 3, 2.5)).toEqual({
        verdict: 'consistent',
        explanation: 'WITS 2.50 % is below 3 %: consistent',
      });
      expect(judge('below', 3, 3)).toEqual({
        verdict: 'inconsistent',
        explanation: 'WITS 3.00 % is not below 3 %: inconsistent',
      });
    });
  });

  describe('"just over X"', () => {
    it('is consistent up to half a point over X', () => {
      expect(judge('just-over', 7.2, 7.25)).toEqual({
        verdict: 'consistent',
        explanation: 'WITS 7.25 % is just over 7.2 %: consistent',
      });
      expect(judge('just-over', 7.2, 7.7).verdict).toBe('consistent');
    });

    it('is close from half a point to one point over X', () => {
      expect(judge('just-over', 7.2, 8.1)).toEqual({
        verdict: 'close',
        explanation: 'WITS 8.10 % is over 7.2 % by more than half a point: close',
      });
      expect(judge('just-over', 7.2, 8.2).verdict).toBe('close');
    });

    it('is inconsistent at or under X, or more than a point over', () => {
      expect(judge('just-over', 7.2, 7.2)).toEqual({
        verdict: 'inconsistent',
        explanation: 'WITS 7.20 % is not over 7.2 %: inconsistent',
      });
      expect(judge('just-over', 7.2, 8.21)).toEqual({
        verdict: 'inconsistent',
        explanation: 'WITS 8.21 % is more than one point over 7.2 %: inconsistent',
      });
    });
  });

  it('judges a value as shown to two decimals', () => {
    expect(judge('nearly', 20, 20.004)).toEqual({
      verdict: 'consistent',
      explanation: 'WITS 20.00 % equals 20 %: consistent',
    });
  });

  it('prefers WITS, the source the article cites, over IMF DOTS', () => {
    expect(judge('below', 3, 3.4, 2.1)).toEqual({
      verdict: 'inconsistent',
      explanation: 'WITS 3.40 % is not below 3 %: inconsistent',
    });
  });

  it('judges against IMF DOTS when WITS has no value, and says so', () => {
    const result = judge('below', 3, null, 2.126);
    expect(result.verdict).toBe('consistent');
    expect(result.explanation).toBe(
      'IMF DOTS 2.13 % is below 3 %: consistent (WITS has no value, so this is judged against IMF DOTS, not the World Bank data the article cites)',
    );
  });

  it('is unverifiable when neither source has a value', () => {
    expect(judge('nearly', 20, null, null)).toEqual({
      verdict: 'unverifiable',
      explanation: 'Neither WITS nor IMF DOTS has a value for this year: unverifiable',
    });
  });
});
