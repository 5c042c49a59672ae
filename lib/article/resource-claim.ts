import type { ClaimVerdict } from './article-types';

// The article's claim about resources (paragraph 4 of data/article's article, the same copy the
// four numeric claims come from): not a number, so it is checked against what the WITS product
// groups can say. They count Kazakhstan's exports to every partner (the World), not to China: the
// check can show that fuels and minerals/metals are what Kazakhstan sells, never what China buys.
export const RESOURCE_CLAIM = {
  reporter: 'KAZ',
  quote: 'Kazakhstan’s oil, natural gas, and minerals are of particular interest.',
  context:
    'The bilateral relationship has significant perks for China, notably its need for access to resources.',
  paragraph: 4,
} as const;

export type ResourceShares = {
  year: number;
  fuels: number | null; // share of exports (%), WITS product group "Fuels"
  minerals: number | null; // "Minerals" (ores)
  metals: number | null; // "Metals"
  largest: string | null; // the largest export group that year
};

// Consistent when fuels are Kazakhstan's largest export group and fuels, minerals and metals make
// up most of its exports (over half); inconsistent when they do not; unverifiable without the
// three shares. The explanation always says that the data are exports to the world.
export function resourceClaimVerdict(shares: ResourceShares): { verdict: ClaimVerdict; explanation: string } {
  const { year, fuels, minerals, metals, largest } = shares;
  if (fuels === null || minerals === null || metals === null)
    return {
      verdict: 'unverifiable',
      explanation: `WITS has no Fuels, Minerals and Metals export shares for ${year}: unverifiable.`,
    };
  const together = fuels + minerals + metals;
  const figures =
    `In ${year}, Fuels were ${fuels.toFixed(2)} % of Kazakhstan’s exports, Minerals ${minerals.toFixed(2)} % ` +
    `and Metals ${metals.toFixed(2)} %: together ${together.toFixed(2)} %`;
  const scope =
    'WITS product groups count Kazakhstan’s exports to all partners; these files do not say which of them go to China.';
  const holds = largest === 'Fuels' && together > 50;
  return {
    verdict: holds ? 'consistent' : 'inconsistent',
    explanation: holds
      ? `${figures}, and Fuels the largest product group: consistent with what Kazakhstan sells. ${scope}`
      : `${figures}${largest ? `, and the largest group ${largest}` : ''}: not what the claim implies. ${scope}`,
  };
}
