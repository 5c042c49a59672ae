import type { ClaimVerdict } from './article-types';

// How the article words a number: "nearly 16 percent", "less than 1 percent", "just over 5.4 percent".
export const COMPARATORS = ['nearly', 'below', 'just-over'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export type ClaimEvidence = {
  comparator: Comparator;
  threshold: number; // the number in the article's words, in percent
  wits: number | null; // World Bank WITS share, the source the article cites
  dots: number | null; // share derived here from IMF DOTS values
};

// Judges one claim. WITS is the article's own source ("according to World Bank data"), so it decides
// whenever it has the number; IMF DOTS is used only where WITS has none, and the explanation says so.
// Values are judged as shown, to two decimals, so the explanation never contradicts the verdict.
export function claimVerdict({ comparator, threshold, wits, dots }: ClaimEvidence): {
  verdict: ClaimVerdict;
  explanation: string;
} {
  const source = wits !== null ? 'WITS' : dots !== null ? 'IMF DOTS' : null;
  const value = wits ?? dots;
  if (source === null || value === null) {
    return {
      verdict: 'unverifiable',
      explanation: 'Neither WITS nor IMF DOTS has a value for this year: unverifiable',
    };
  }
  const shown = hundredths(value);
  const { verdict, relation } = RULES[comparator](shown, hundredths(threshold), `${threshold} %`);
  const fallback =
    source === 'IMF DOTS'
      ? ' (WITS has no value, so this is judged against IMF DOTS, not the World Bank data the article cites)'
      : '';
  return {
    verdict,
    explanation: `${source} ${(shown / 100).toFixed(2)} % ${relation}: ${verdict}${fallback}`,
  };
}

type Judgement = { verdict: Exclude<ClaimVerdict, 'unverifiable'>; relation: string };

// v and x in hundredths of a percentage point, so the bands compare exactly; t is x as the article
// writes it ("16 %", "5.4 %").
const RULES: Record<Comparator, (v: number, x: number, t: string) => Judgement> = {
  nearly: (v, x, t) => {
    if (v === x) return { verdict: 'consistent', relation: `equals ${t}` };
    if (v < x && v >= x - 100) return { verdict: 'consistent', relation: `is within one point below ${t}` };
    if (v > x && v <= x + 50) return { verdict: 'close', relation: `is slightly above ${t}, not under it` };
    return {
      verdict: 'inconsistent',
      relation: v < x ? `is more than one point below ${t}` : `is more than half a point above ${t}`,
    };
  },
  below: (v, x, t) =>
    v < x
      ? { verdict: 'consistent', relation: `is below ${t}` }
      : { verdict: 'inconsistent', relation: `is not below ${t}` },
  'just-over': (v, x, t) => {
    if (v > x && v <= x + 50) return { verdict: 'consistent', relation: `is just over ${t}` };
    if (v > x && v <= x + 100)
      return { verdict: 'close', relation: `is over ${t} by more than half a point` };
    return {
      verdict: 'inconsistent',
      relation: v <= x ? `is not over ${t}` : `is more than one point over ${t}`,
    };
  },
};

function hundredths(percentValue: number): number {
  return Math.round(percentValue * 100);
}
