// The uncached /api/series read: getSeries's read without the result cache (readSeries), over a
// few hundred distinct views of the given database, with the SQL statements each view sends.
// The data version is pinned once, as a route handler pins it per request, and the data kept per
// data version (catalog) is read before the clock starts: what is timed is what a cache miss costs.
// Needs the react-server condition (lib/data imports 'server-only'): `npm run bench` passes it.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { DEFAULT_STATE, type DashboardState } from '../../lib/view-state/dashboard-state';
import { databaseFilePath } from '../../lib/database/database-url';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { seriesReadViews } from './views';

const VIEWS = 400;
const WARM_UP = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function seriesReadBench(databaseUrl: string): Promise<void> {
  const client = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: `file:${databaseFilePath(databaseUrl)}`, fileMustExist: true }),
    log: [{ emit: 'event', level: 'query' }],
  });
  let statements = 0;
  (client as unknown as { $on(event: 'query', listener: () => void): void }).$on('query', () => {
    statements += 1;
  });
  // lib/database/db.ts takes the client kept on globalThis, so lib/data reads through this counting one.
  const holder = globalThis as unknown as { prisma?: PrismaClient };
  const previous = { client: holder.prisma, url: process.env.DATABASE_URL };
  holder.prisma = client;
  process.env.DATABASE_URL = databaseUrl; // the data-version probe opens it on first use
  try {
    const { readSeries } = await import('../../lib/data/get-series');
    const { getCatalog, getReporterPartners } = await import('../../lib/data/get-catalog');
    const { getStateContext } = await import('../../lib/data/get-state-context');
    const { withDataVersion } = await import('../../lib/data/cached-by-version');
    await withDataVersion(async () => {
      const [catalog, context] = await Promise.all([getCatalog(), getStateContext()]);
      const partners = new Map<string, string[]>();
      for (const source of ['wits', 'dots'] as const)
        for (const reporter of catalog.reporters[source])
          partners.set(`${source}|${reporter}`, (await getReporterPartners(source, reporter)) ?? []);
      const views = seriesReadViews(
        catalog.reporters,
        (source, reporter) => partners.get(`${source}|${reporter}`) ?? [],
        context.years,
        WARM_UP + VIEWS,
      );
      const states: DashboardState[] = views.map((view) => ({
        ...DEFAULT_STATE,
        ...view,
        flows: ['import', 'export'],
      }));
      const timed: Timed[] = [];
      for (const [index, state] of states.entries()) {
        statements = 0;
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        await readSeries(state);
        const ms = performance.now() - started;
        const cpu = process.cpuUsage(cpuBefore);
        const cpuMs = (cpu.user + cpu.system) / 1000;
        if (index >= WARM_UP) timed.push({ ms, cpuMs, statements, source: state.source });
      }
      report(timed, new Set(states.slice(WARM_UP).map((s) => `${s.source}|${s.reporter}`)).size);
    });
  } finally {
    holder.prisma = previous.client;
    if (previous.url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous.url;
    await client.$disconnect();
  }
  worldTotalsCheck(databaseFilePath(databaseUrl));
}

// The series read takes IMF DOTS's years with data from the World totals (lib/data/get-series.ts):
// right only while every reporter, flow and year with a value has a World total, and has shares
// exactly where that total is positive. One pass over the DOTS rows (~15 s) says whether the data
// loaded still holds to it.
function worldTotalsCheck(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const { years, shares, values } = db
      .prepare(
        `SELECT COUNT(*) AS years, SUM(hasShare != worldPositive) AS shares, SUM(hasValue != worldAny) AS "values"
         FROM (SELECT MAX(measure = 's') AS hasShare, MAX(measure = 'v') AS hasValue,
                      MAX(partnerCode = 'WLD' AND measure = 'v' AND value > 0) AS worldPositive,
                      MAX(partnerCode = 'WLD' AND measure = 'v') AS worldAny
               FROM "Observation" WHERE datasetId IN (SELECT id FROM "Dataset" WHERE source = 'dots')
               GROUP BY reporterCode, flow, year)`,
      )
      .get() as { years: number; shares: number | null; values: number | null };
    console.log(
      `  IMF DOTS World totals against the rows: ${years.toLocaleString('en')} reporter–flow–years, ` +
        `${shares ?? 0} disagree on shares, ${values ?? 0} on values (any disagreement changes a gap's reason)`,
    );
  } finally {
    db.close();
  }
}

type Timed = { ms: number; cpuMs: number; statements: number; source: string };

// Wall-clock percentiles, and the process's CPU time per view (steadier on a shared machine).
function report(timed: Timed[], reporters: number) {
  const figures = (rows: typeof timed) => {
    const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
    const counts = rows.map((r) => r.statements);
    const cpu = rows.map((r) => r.cpuMs).sort((a, b) => a - b);
    const fmt = (n: number) => n.toFixed(2).padStart(6);
    const meanCount = (counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2);
    const times = `p50 ${fmt(percentile(ms, 50))} ms  p90 ${fmt(percentile(ms, 90))} ms  p99 ${fmt(percentile(ms, 99))} ms`;
    return `${times}  CPU p50 ${fmt(percentile(cpu, 50))} ms  SQL per view ${Math.min(...counts)}–${Math.max(...counts)} (mean ${meanCount})`;
  };
  console.log(
    `series read, uncached (${timed.length} distinct views, ${reporters} source–reporter pairs; target p50 ≤ 5 ms, 1 query per source)`,
  );
  console.log(`  all          ${figures(timed)}`);
  for (const source of ['wits', 'dots'].filter((source) => timed.some((r) => r.source === source)))
    console.log(`  ${source.padEnd(12)} ${figures(timed.filter((r) => r.source === source))}`);
}
