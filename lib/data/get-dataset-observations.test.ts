import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../prisma/migrate';
import { PrismaClient } from '../generated/prisma/client';
import { datasetFileFor } from '../ingest/dataset-files';
import { FIXTURES_ROOT } from '../ingest/fixtures/fixture-helpers';
import { loadData } from '../ingest/load';
import { getDatasetObservations, type DatasetObservation } from './get-dataset-observations';

// The dataset download reads one reporter at a time, so its memory is one reporter's rows however
// big the dataset; the pages, joined, are the whole dataset in the download's order.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dataset-pages-test-'));
const file = path.join(tmp, 'test.db');
let client: PrismaClient;

beforeAll(async () => {
  await migrate(`file:${file}`);
  await loadData({
    databaseUrl: `file:${file}`,
    root: FIXTURES_ROOT,
    economiesFile: 'economies.csv',
    datasets: [{ ...datasetFileFor.dots, file: 'dots/central-asia.csv' }],
  });
  // The fixture has one reporter; two more (copies of Kazakhstan's rows) make pages to tell apart:
  // AUS sorts before KAZ and RUS after it.
  const db = new Database(file);
  for (const reporter of ['AUS', 'RUS']) {
    db.prepare(
      `INSERT INTO Observation (datasetId, reporterCode, partnerCode, flow, measure, year, value, flag)
       SELECT datasetId, ?, partnerCode, flow, measure, year, value + 1, flag FROM Observation
       WHERE datasetId = 'dots' AND reporterCode = 'KAZ' AND partnerCode <> ?`,
    ).run(reporter, reporter);
  }
  db.close();
  client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
});

afterAll(async () => {
  await client.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function readPages(id: string): Promise<DatasetObservation[][]> {
  const found = await getDatasetObservations(id);
  if (!found) throw new Error(`no dataset ${id}`);
  const pages: DatasetObservation[][] = [];
  for await (const page of found.pages) pages.push(page);
  return pages;
}

describe('getDatasetObservations', () => {
  it('reads a dataset one reporter per page, in reporter order', async () => {
    const pages = await readPages('dots');
    expect(pages.map((page) => [...new Set(page.map((o) => o.reporter))])).toEqual([
      ['AUS'],
      ['KAZ'],
      ['RUS'],
    ]);
    const perReporter = await client.observation.groupBy({
      by: ['reporterCode'],
      where: { datasetId: 'dots' },
      _count: true,
    });
    // No page is bigger than the largest reporter: memory does not grow with the dataset.
    const largest = Math.max(...perReporter.map((r) => r._count));
    expect(Math.max(...pages.map((page) => page.length))).toBe(largest);
    expect(pages.flat().length).toBe(perReporter.reduce((sum, r) => sum + r._count, 0));
  });

  it('joined, the pages are the dataset in the order one whole read gave (reporter, partner, flow, measure, year)', async () => {
    const whole = await client.observation.findMany({
      where: { datasetId: 'dots' },
      include: { reporter: { select: { name: true } }, partner: { select: { name: true } } },
      orderBy: [
        { reporterCode: 'asc' },
        { partnerCode: 'asc' },
        { flow: 'asc' },
        { measure: 'asc' },
        { year: 'asc' },
      ],
    });
    const joined = (await readPages('dots')).flat();
    expect(
      joined.map((o) => [
        o.reporter,
        o.reporterName,
        o.partner,
        o.partnerName,
        o.flow,
        o.measure,
        o.year,
        o.value,
      ]),
    ).toEqual(
      whole.map((r) => [
        r.reporterCode,
        r.reporter.name,
        r.partnerCode,
        r.partner.name,
        r.flow,
        r.measure,
        r.year,
        r.value,
      ]),
    );
    expect(joined.some((o) => o.reporterName === 'Russia' && o.partnerName === 'China')).toBe(true);
  });

  it('is null for an unknown dataset', async () => {
    expect(await getDatasetObservations('no-such-dataset')).toBeNull();
  });
});
