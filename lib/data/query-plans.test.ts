import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import { DEFAULT_STATE } from '../view-state/dashboard-state';
import { ANALYSIS_DEFAULTS } from '../view-state/analysis-state';
import { PrismaClient } from '../generated/prisma/client';
import { datasetFileFor } from '../ingest/dataset-files';
import { FIXTURES_ROOT } from '../ingest/fixtures/fixture-helpers';
import { loadData } from '../ingest/load';

// With the world loaded, Observation holds ~5 M rows: a read that scans it would take seconds.
// This runs the reads lib/data makes, captures the SQL Prisma sends, and asks SQLite how it would
// run each statement (EXPLAIN QUERY PLAN): none may scan Observation.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'query-plans-test-'));
const file = path.join(tmp, 'test.db');
const sent: { query: string; params: unknown[] }[] = [];
let client: PrismaClient;

beforeAll(async () => {
  await migrate(`file:${file}`);
  await loadData({
    databaseUrl: `file:${file}`,
    root: FIXTURES_ROOT,
    economiesFile: 'economies.csv',
    datasets: [
      {
        ...datasetFileFor.wits('en_KAZ_AllYears_WITS_Trade_Summary.CSV'),
        file: 'wits/kaz.csv',
        reporterAlias: undefined,
      },
      { ...datasetFileFor.dots, file: 'dots/central-asia.csv' },
    ],
  });
  process.env.DATABASE_URL = `file:${file}`; // the data version probe (lib/database) reads it
  client = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: `file:${file}` }),
    log: [{ emit: 'event', level: 'query' }],
  });
  const logging = client as unknown as {
    $on(event: 'query', listener: (event: { query: string; params: string }) => void): void;
  };
  logging.$on('query', (event) =>
    sent.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }),
  );
  // lib/database/db.ts takes the client kept on globalThis, so lib/data reads through this logging one.
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
});

afterAll(async () => {
  await client.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function planOf(db: Database.Database, query: string, params: unknown[]): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...(params as unknown[])) as {
    detail: string;
  }[];
  return rows.map((row) => row.detail);
}

// The names a statement may give Observation: itself (Prisma writes `main`.`Observation`, which
// the plan shows as main.Observation), or an alias (`main`.`Observation` AS `t1`).
function observationNames(query: string): string[] {
  const aliases = [...query.matchAll(/[`"]?Observation[`"]?\s+AS\s+[`"]?(\w+)/gi)].map((m) => m[1]);
  return ['Observation', 'main.Observation', ...aliases];
}

describe('the reads lib/data makes', () => {
  it('never scan the whole Observation table', async () => {
    const { getSeries } = await import('./get-series');
    const { getCatalog, getReporterPartners } = await import('./get-catalog');
    const { getDatasetObservations } = await import('./get-dataset-observations');
    const { currentDataVersion: getDataVersion } = await import('./cached-by-version');
    const { getClaimChecks } = await import('./get-article');
    const { getStateContext } = await import('./get-state-context');

    await getSeries({ ...DEFAULT_STATE, partners: ['CHN', 'RUS'] });
    await getSeries({ ...DEFAULT_STATE, partners: ['CHN'], source: 'dots', measure: 'value' });
    await getSeries({ ...DEFAULT_STATE, partners: ['CHN', 'RUS'], fill: true });
    await getCatalog();
    await getReporterPartners('dots', 'KAZ');
    const download = await getDatasetObservations('dots');
    expect(download).not.toBeNull();
    for await (const page of download?.pages ?? []) expect(page.length).toBeGreaterThan(0);
    await getDataVersion();
    await getClaimChecks();
    await getStateContext();
    // The analysis views' reads (mirror, region on both sources, ranking, reporter picker).
    const { getMirror } = await import('./get-mirror');
    const { getRegion } = await import('./get-region');
    const { getRanking } = await import('./get-ranking');
    const { getReporters } = await import('./get-reporters');
    await getMirror(ANALYSIS_DEFAULTS.mirror);
    await getRegion(ANALYSIS_DEFAULTS.region);
    await getRegion({ ...ANALYSIS_DEFAULTS.region, source: 'wits' });
    await getRanking(ANALYSIS_DEFAULTS.ranking);
    await getReporters();
    const { getMap } = await import('./get-map');
    await getMap(ANALYSIS_DEFAULTS.map);

    const reads = sent.filter((s) => /Observation/.test(s.query));
    expect(reads.length).toBeGreaterThanOrEqual(4); // one read per source of each view, at least

    const db = new Database(file, { readonly: true });
    try {
      const scans = reads.flatMap(({ query, params }) => {
        const names = observationNames(query);
        return planOf(db, query, params)
          .filter((detail) =>
            names.some((name) => new RegExp(`^SCAN ${name.replace('.', '\\.')}\\b`).test(detail)),
          )
          .map((detail) => `${detail}\n  in ${query}`);
      });
      expect(scans).toEqual([]);
    } finally {
      db.close();
    }
  });

  // A series read is one query per source once the catalog (kept per data version) is read: the
  // dataset and the names come from the catalog, the years with data from the same rows. IMF DOTS
  // reporters have ~200 partners, so its read must seek each partner (and World) in the key; a
  // WITS file has six partners a year at most, so its read takes them all.
  it('reads a series with one query per source, each a search of the primary key', async () => {
    const { getSeries } = await import('./get-series');
    const { getCatalog } = await import('./get-catalog');
    const { withDataVersion } = await import('./cached-by-version');
    const views = [
      { ...DEFAULT_STATE, partners: ['CHN', 'DEU'], from: 2000 },
      { ...DEFAULT_STATE, partners: ['CHN', 'DEU'], from: 2001, source: 'dots' as const },
      { ...DEFAULT_STATE, partners: ['RUS'], from: 2002, source: 'dots' as const, measure: 'value' as const },
      { ...DEFAULT_STATE, partners: ['RUS', 'UZB'], from: 2003, fill: true },
    ];
    const db = new Database(file, { readonly: true });
    try {
      await withDataVersion(async () => {
        await getCatalog();
        for (const view of views) {
          const first = sent.length;
          await getSeries(view);
          const queries = sent.slice(first);
          expect(queries.length).toBe(view.fill ? 2 : 1);
          for (const { query, params } of queries) {
            const plan = planOf(db, query, params);
            expect(plan).toHaveLength(1);
            const dots = params.includes('dots');
            expect(plan[0]).toMatch(
              dots
                ? new RegExp(
                    '^SEARCH (main\\.)?Observation USING PRIMARY KEY ' +
                      '\\(datasetId=\\? AND reporterCode=\\? AND measure=\\? AND flow=\\? AND partnerCode=\\? AND year>\\? AND year<\\?\\)',
                  )
                : /^SEARCH (main\.)?Observation USING PRIMARY KEY \(datasetId=\? AND reporterCode=\? AND measure=\? AND flow=\?\)/,
            );
          }
        }
      });
    } finally {
      db.close();
    }
  });

  // The map reads each partner's shares, and the years with a World value, of every IMF DOTS
  // reporter for a flow: queries of Observation that seek each reporter, measure, flow and partner
  // in the key, never the whole of IMF DOTS (~5 M rows with the world loaded); another year of the
  // same pair and flow reads nothing.
  it('reads a new flow of the map with three searches down to the partner, another year with none', async () => {
    const { getMap } = await import('./get-map');
    const { withDataVersion } = await import('./cached-by-version');
    const db = new Database(file, { readonly: true });
    try {
      await withDataVersion(async () => {
        await getMap({ ...ANALYSIS_DEFAULTS.map, partners: ['RUS', 'CHN'], year: 2005 }); // reporters cached
        const first = sent.length;
        await getMap({ ...ANALYSIS_DEFAULTS.map, flow: 'export', year: 2006 }); // a pair and flow not read before
        const reads = sent.slice(first).filter((s) => /Observation/.test(s.query));
        expect(reads).toHaveLength(3); // each partner's shares, and the years with a World value
        const plan = reads.flatMap((r) => planOf(db, r.query, r.params)).filter((d) => /Observation/.test(d));
        expect(plan.length).toBeGreaterThanOrEqual(3);
        for (const detail of plan)
          expect(detail).toMatch(
            /^SEARCH (main\.)?Observation USING PRIMARY KEY \(datasetId=\? AND reporterCode=\? AND measure=\? AND flow=\? AND partnerCode=\?/,
          );
        const before = sent.length;
        await getMap({ ...ANALYSIS_DEFAULTS.map, flow: 'export', year: 2010 });
        expect(sent.slice(before).filter((s) => /Observation/.test(s.query))).toHaveLength(0);
      });
    } finally {
      db.close();
    }
  });

  it('would catch a scan: a read by partner alone scans Observation', () => {
    const db = new Database(file, { readonly: true });
    try {
      const query = 'SELECT * FROM "Observation" WHERE "partnerCode" = ?';
      expect(planOf(db, query, ['CHN']).some((d) => /^SCAN Observation\b/.test(d))).toBe(true);
    } finally {
      db.close();
    }
  });
});
