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

// The dataset download reads one reporter and a few of its partners at a time, so its memory is a
// page however big the dataset; the pages, joined, are the whole dataset in the download's order.
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
  // …and their pairs, as the loader derives them
  db.prepare(
    `INSERT OR IGNORE INTO ReporterPartner (datasetId, reporterCode, partnerCode)
     SELECT DISTINCT datasetId, reporterCode, partnerCode FROM Observation WHERE datasetId = 'dots'`,
  ).run();
  db.close();
  client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
});

afterAll(async () => {
  await client.$disconnect();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function readPages(id: string, partnersPerPage?: number): Promise<DatasetObservation[][]> {
  const found = await getDatasetObservations(id, { partnersPerPage });
  if (!found) throw new Error(`no dataset ${id}`);
  const pages: DatasetObservation[][] = [];
  for await (const page of found.pages) pages.push(page);
  return pages;
}

describe('getDatasetObservations', () => {
  it('reads a dataset in pages of one reporter and at most the given number of its partners', async () => {
    const pages = await readPages('dots', 2);
    const reporters = pages.map((page) => [...new Set(page.map((o) => o.reporter))]);
    expect(reporters.every((codes) => codes.length === 1)).toBe(true);
    expect(reporters.flat()).toEqual(['AUS', 'AUS', 'KAZ', 'KAZ', 'RUS', 'RUS']); // 3 or 4 partners each
    expect(Math.max(...pages.map((page) => new Set(page.map((o) => o.partner)).size))).toBe(2);
    const total = await client.observation.count({ where: { datasetId: 'dots' } });
    expect(pages.flat().length).toBe(total);
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
    const joined = (await readPages('dots', 2)).flat();
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
