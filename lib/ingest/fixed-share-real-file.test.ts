import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ObservationRow } from './bulk-writer/bulk-writer';
import { fixedShareCollector } from './fixed-share-collector';

// The rule on the real IMF DOTS file, for two reporters: Uzbekistan (the IMF's fixed-share
// estimates of 2001–2015) and Kazakhstan (honest year-to-year change). Expected values are read
// from the gz file here, not taken from the code under test.
const FILE = 'data/imf-dots/dots_all_long.csv.gz';
const REPORTERS = ['"Uzbekistan, Rep. of"', '"Kazakhstan, Rep. of"'];
type DotsRecord = {
  reporter_iso3: string;
  flow: string;
  partner: string;
  year: string;
  value_usd_millions: string;
};

let records: DotsRecord[] = [];
const codes = new Map<string, string>();
const aggregates = new Set<string>();

beforeAll(async () => {
  const economies = Papa.parse<Record<string, string>>(readFileSync('data/economies.csv', 'utf8'), {
    header: true,
  });
  for (const e of economies.data.filter((r) => r.source === 'dots')) {
    codes.set(e.alias, e.code);
    if (e.kind === 'aggregate') aggregates.add(e.code);
  }
  const lines: string[] = [];
  const input = createInterface({ input: createReadStream(FILE).pipe(createGunzip()) });
  for await (const line of input)
    if (lines.length === 0 || REPORTERS.some((r) => line.startsWith(r))) lines.push(line);
  records = Papa.parse<DotsRecord>(lines.join('\n'), { header: true, skipEmptyLines: true }).data;
}, 120_000);

const rowsOf = (iso3: string): ObservationRow[] =>
  records
    .filter((r) => r.reporter_iso3 === iso3 && codes.has(r.partner))
    .map((r, line) => ({
      reporterCode: iso3,
      partnerCode: codes.get(r.partner)!,
      flow: r.flow.startsWith('exports') ? 'export' : 'import',
      measure: 'value',
      year: Number(r.year),
      value: Number(r.value_usd_millions),
      flag: null,
      line,
      column: 'value_usd_millions',
    }));

// A partner's share of a reporter's World total, in %, straight from the file's values.
function shareOf(iso3: string, flow: string, partner: string, year: number): number {
  const value = (p: string) =>
    Number(
      records.find(
        (r) => r.reporter_iso3 === iso3 && r.flow === flow && r.partner === p && r.year === String(year),
      )?.value_usd_millions,
    );
  return (value(partner) / value('World')) * 100;
}

describe('fixed-share stretches in the real IMF DOTS file', () => {
  it('finds Uzbekistan 2001–2015 in both flows and nothing for Kazakhstan', async () => {
    const collector = fixedShareCollector(aggregates);
    collector.add([...rowsOf('UZB'), ...rowsOf('KAZ')]);
    const found = await collector.finish(() =>
      Promise.reject(new Error('the file lists each reporter together')),
    );
    expect(found).toEqual([
      { reporterCode: 'UZB', flow: 'export', firstYear: 2001, lastYear: 2015 },
      { reporterCode: 'UZB', flow: 'import', firstYear: 2001, lastYear: 2015 },
    ]);
  });

  it('is right about the file: China’s and Russia’s shares of Uzbekistan’s exports stand still, Kazakhstan’s move', () => {
    const years = Array.from({ length: 10 }, (_, i) => 2006 + i);
    for (const partner of ['China, P.R.: Mainland', 'Russian Federation']) {
      const shares = years.map((y) => shareOf('UZB', 'exports_fob', partner, y));
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThan(0.01);
    }
    expect(shareOf('UZB', 'exports_fob', 'China, P.R.: Mainland', 2010)).toBeCloseTo(34.414, 2);
    const kazakh = years.map((y) => shareOf('KAZ', 'exports_fob', 'China, P.R.: Mainland', y));
    expect(Math.max(...kazakh) - Math.min(...kazakh)).toBeGreaterThan(1);
  });
});
