import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

// A partner's published share of Kazakhstan's imports or exports, year by year, read straight from
// the WITS file under data/ (not from the code under test): what the e2e specs compute their
// expectations from.
export function kazakhstanWitsShares(
  partner: 'China' | 'Russian Federation' | string,
  flow: 'Import' | 'Export',
) {
  const text = readFileSync('data/worldbank/en_KAZ_AllYears_WITS_Trade_Summary.CSV', 'utf8');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const row = rows.find(
    (r) => r.Partner === partner && r['Indicator Type'] === flow && r.Indicator?.startsWith('Partner share'),
  );
  const shares = new Map<number, number>();
  for (const [key, value] of Object.entries(row ?? {}))
    if (/^\d{4}$/.test(key) && value.trim() !== '') shares.set(Number(key), Number(value));
  return shares;
}

// The first year in from..to where China's share is above Russia's, or null.
export function firstYearChinaAbove(flow: 'Import' | 'Export', from = 1995, to = 2017): number | null {
  const china = kazakhstanWitsShares('China', flow);
  const russia = kazakhstanWitsShares('Russian Federation', flow);
  for (let year = from; year <= to; year++) {
    const [c, r] = [china.get(year), russia.get(year)];
    if (c !== undefined && r !== undefined && c > r) return year;
  }
  return null;
}
