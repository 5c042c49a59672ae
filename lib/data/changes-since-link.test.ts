import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import {
  differingCells,
  INDICATORS,
  KGZ_FILE,
  NEW_VINTAGE,
  OLD_VINTAGE,
  readProfileCells,
  readVintageCells,
} from '../../tests/fixtures/wits-kgz-vintages/vintage-cells';
import { parseDashboardState, type DashboardState } from '../view-state/dashboard-state';
import { datasetFileFor, WITS_FOLDER } from '../ingest/dataset-files';
import { loadData, type LoadSummary } from '../ingest/load';

// Real vintages: Kyrgyzstan's WITS file as published to 2015, then as published to 2018. A link
// made on the first load must, after the second, report exactly the values of its view that
// changed, and show the first file's values "as of" its version.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'versions-test-'));
const databaseFile = path.join(tmp, 'test.db');
const databaseUrl = `file:${databaseFile}`;
const root = path.join(tmp, 'root');
const KGZ = datasetFileFor.wits(KGZ_FILE);
const PARTNERS = { CHN: 'China', RUS: 'Russian Federation' } as const;
const SHARE_ROWS = { import: INDICATORS.shareImport, export: INDICATORS.shareExport } as const;

let data: {
  getSeries: typeof import('./get-series').getSeries;
  getVersions: typeof import('./get-versions').getVersions;
  getStateContext: typeof import('./get-state-context').getStateContext;
};
let first: LoadSummary;
let unchanged: LoadSummary;
let second: LoadSummary;

function publish(vintage: string) {
  fs.copyFileSync(vintage, path.join(root, WITS_FOLDER, KGZ_FILE));
}
const load = () => loadData({ databaseUrl, root, datasets: [KGZ] });

function revisionRows(table: 'Revision' | 'ProfileRevision' = 'Revision'): number {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function viewState(query: string): Promise<DashboardState> {
  const { state, issues } = parseDashboardState(new URLSearchParams(query), await data.getStateContext());
  expect(issues).toEqual([]);
  return state;
}

beforeAll(async () => {
  fs.mkdirSync(path.join(root, WITS_FOLDER), { recursive: true });
  for (const file of ['data/economies.csv', 'data/economy-codes-outside-iso.csv'])
    fs.copyFileSync(path.join(process.cwd(), file), path.join(root, file));
  await migrate(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  publish(OLD_VINTAGE);
  first = await load();
  unchanged = await load();
  publish(NEW_VINTAGE);
  second = await load();
  data = {
    getSeries: (await import('./get-series')).getSeries,
    getVersions: (await import('./get-versions')).getVersions,
    getStateContext: (await import('./get-state-context')).getStateContext,
  };
});

afterAll(async () => {
  const { prisma } = await import('../database/db');
  await prisma.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('loading two vintages of a file', () => {
  it('records the first load as a version with no value-level revisions', () => {
    expect(first.dataVersion).toBe(1);
    expect(first.changes.find((c) => c.datasetId === 'wits-KGZ')).toMatchObject({
      kind: 'first',
      added: 0,
      removed: 0,
      changed: 0,
    });
  });

  it('records nothing when the same file is loaded again', () => {
    expect(unchanged.dataVersion).toBeNull();
    expect(unchanged.changes).toEqual([]);
  });

  it('records one revision per value the newer file added, removed or changed', () => {
    const differing = differingCells(readVintageCells(OLD_VINTAGE), readVintageCells(NEW_VINTAGE));
    const profile = differingCells(readProfileCells(OLD_VINTAGE), readProfileCells(NEW_VINTAGE));
    const change = second.changes.find((c) => c.datasetId === 'wits-KGZ')!;
    expect(second.dataVersion).toBe(2);
    expect(change.kind).toBe('revised');
    // The dataset's counts cover its partner values and its trade profile's (issue 21).
    expect(change.added + change.removed + change.changed).toBe(differing.length + profile.length);
    expect(revisionRows()).toBe(differing.length);
    expect(revisionRows('ProfileRevision')).toBe(profile.length);
    expect(differing.length).toBeGreaterThan(0);
    expect(profile.length).toBeGreaterThan(0);
  });

  it('lists both versions with the files, checksums and counts', async () => {
    const versions = await data.getVersions();
    expect(versions.map((v) => v.id)).toEqual([2, 1]);
    const kgz = versions[0].datasets.find((d) => d.datasetId === 'wits-KGZ')!;
    const differing = differingCells(readVintageCells(OLD_VINTAGE), readVintageCells(NEW_VINTAGE));
    const profile = differingCells(readProfileCells(OLD_VINTAGE), readProfileCells(NEW_VINTAGE));
    expect(kgz).toMatchObject({ file: KGZ.file, kind: 'revised' });
    expect(kgz.added + kgz.removed + kgz.changed).toBe(differing.length + profile.length);
    expect(versions[1].datasets.find((d) => d.datasetId === 'wits-KGZ')?.kind).toBe('first');
    expect(versions[0].files.find((f) => f.file === KGZ.file)?.checksum).toBe(kgz.checksum);
    expect(versions[1].files.find((f) => f.file === KGZ.file)?.checksum).not.toBe(kgz.checksum);
  });
});

describe('a link made on the first version, opened after the second', () => {
  const query = 'reporter=KGZ&v=1';

  it('counts exactly the values of its view that differ between the two files', async () => {
    const state = await viewState(query);
    const before = readVintageCells(OLD_VINTAGE);
    const after = readVintageCells(NEW_VINTAGE);
    let expected = 0;
    for (const flow of state.flows)
      for (const [code, name] of Object.entries(PARTNERS)) {
        expect(state.partners).toContain(code);
        for (let year = state.from; year <= state.to; year += 1) {
          const key = `${name}|${SHARE_ROWS[flow]}|${year}`;
          if (before.get(key) !== after.get(key)) expected += 1;
        }
      }
    const response = await data.getSeries(state);
    expect(response.sinceLink?.version).toBe(1);
    expect(response.sinceLink?.currentVersion).toBe(2);
    expect(response.sinceLink?.changes).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
  });

  it("shows the first file's values as of version 1 and today's otherwise", async () => {
    const state = await viewState(query);
    const before = readVintageCells(OLD_VINTAGE);
    const after = readVintageCells(NEW_VINTAGE);
    const asOf = await data.getSeries({ ...state, asOf: 1 });
    const today = await data.getSeries(state);
    expect(asOf.dataVersion).toBe(1);
    expect(today.dataVersion).toBe(2);
    for (const [response, cells] of [
      [asOf, before],
      [today, after],
    ] as const)
      for (const series of response.series)
        for (const point of series.points) {
          const name = PARTNERS[series.partner as keyof typeof PARTNERS];
          expect(point.value, `${series.partner} ${series.flow} ${point.year}`).toBe(
            cells.get(`${name}|${SHARE_ROWS[series.flow]}|${point.year}`) ?? null,
          );
        }
  });

  it('names the file the link was made on by its checksum when asked for its values', async () => {
    const versions = await data.getVersions();
    const asOf = await data.getSeries({ ...(await viewState(query)), asOf: 1 });
    expect(asOf.source?.sha256).toBe(versions[1].files.find((f) => f.file === KGZ.file)?.checksum);
  });

  it('says nothing changed for a link made on the current version', async () => {
    const response = await data.getSeries(await viewState('reporter=KGZ&v=2'));
    expect(response.sinceLink).toBeNull();
  });
});
