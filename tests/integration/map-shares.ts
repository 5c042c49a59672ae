import { expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/database/prisma-client';
import { datasetFileFor } from '../../lib/ingest/dataset-files';
import { FIXTURES_ROOT } from '../../lib/ingest/fixtures/fixture-helpers';
import { loadData } from '../../lib/ingest/load';
import { ANALYSIS_DEFAULTS } from '../../lib/view-state/analysis-state';

// The map reads its shares as raw rows (lib/data/get-map.ts), on SQLite and PostgreSQL alike: each
// economy's shares, years and flags must be those Prisma's own read of the same IMF DOTS rows gives.
// The fixture (KAZ's IMF DOTS rows) holds exports only.
export async function loadMapShares(databaseUrl: string): Promise<void> {
  await loadData({
    databaseUrl,
    root: FIXTURES_ROOT,
    economiesFile: 'economies.csv',
    datasets: [{ ...datasetFileFor.dots, file: 'dots/central-asia.csv' }],
  });
}

export function mapSharesTests(databaseUrl: () => string): void {
  it("reads every economy's two shares of its exports as stored", async () => {
    const { getMap } = await import('../../lib/data/get-map');
    const client = createPrismaClient(databaseUrl());
    const partners = ANALYSIS_DEFAULTS.map.partners;
    const rows = await client.observation.findMany({
      where: { dataset: { source: 'dots' }, measure: 'share', flow: 'export', partnerCode: { in: partners } },
      select: { reporterCode: true, partnerCode: true, year: true, value: true, flag: true },
    });
    await client.$disconnect();
    expect(rows.length).toBeGreaterThan(0);
    let compared = 0;
    for (const year of new Set(rows.map((r) => r.year))) {
      const { map } = await getMap({ ...ANALYSIS_DEFAULTS.map, flow: 'export', year, base: year });
      const stored = (code: string, partner: string) =>
        rows.find((r) => r.reporterCode === code && r.partnerCode === partner && r.year === year);
      for (const economy of map.economies) {
        if (economy.first === null) continue;
        for (const [share, partner] of [
          [economy.first, partners[0]],
          [economy.second!, partners[1]],
        ] as const) {
          const row = stored(economy.code, partner)!;
          expect(share.value).toBe(row.value);
          expect(share.flag).toBe(row.flag === 'derived_from_estimate' ? 'derived-from-estimate' : row.flag);
          compared++;
        }
      }
      const withBoth = [...new Set(rows.map((r) => r.reporterCode))].filter(
        (code) => stored(code, partners[0]) && stored(code, partners[1]),
      );
      const drawn = map.economies.filter((e) => e.first !== null).map((e) => e.code);
      expect(drawn.sort()).toEqual(withBoth.sort());
    }
    expect(compared).toBeGreaterThan(0);
  });
}
