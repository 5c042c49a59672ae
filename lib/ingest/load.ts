import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../prisma-client';
import { DATASET_FILES, ECONOMIES_FILE, type DatasetContent, type DatasetFile } from './dataset-files';
import { economiesCsvToReference, type EconomyReference } from './economies-csv-to-reference';
import { IngestError } from './ingest-error';
import { readCsv } from './read-csv';

export type LoadEvent =
  | { kind: 'unchanged'; file: string }
  | { kind: 'parsed'; file: string; rows: number; notes: string[] }
  | { kind: 'writing'; datasets: number };

export type LoadSummary = { loaded: string[]; unchanged: string[]; rows: number; seconds: number };

export type LoadOptions = {
  root?: string; // the folder the data/ paths are relative to
  datasets?: DatasetFile[];
  economiesFile?: string;
  onProgress?: (event: LoadEvent) => void;
};

const ECONOMIES_DATASET = 'economies';
const INSERT_CHUNK = 1_000;

// Loads every data file into the database in one transaction. Files whose checksum matches what is
// loaded are left alone; a changed file replaces its dataset whole. Every file is parsed and
// validated before the first write, and the writes are one transaction, so a bad file or a failed
// write leaves the database exactly as it was, and a reader sees the old data or the new.
export async function loadData(prisma: PrismaClient, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const root = options.root ?? process.cwd();
  const datasets = options.datasets ?? DATASET_FILES;
  const economiesFile = options.economiesFile ?? ECONOMIES_FILE;
  const progress = options.onProgress ?? (() => {});

  const loadedChecksums = new Map(
    (await prisma.dataset.findMany({ select: { id: true, checksum: true } })).map((d) => [d.id, d.checksum]),
  );
  const economies = readDataFile(root, economiesFile);
  const reference = economiesCsvToReference(readCsv(economiesFile, economies.text));
  const economiesChanged = loadedChecksums.get(ECONOMIES_DATASET) !== economies.checksum;

  const changed: { dataset: DatasetFile; checksum: string; content: DatasetContent }[] = [];
  const unchanged: string[] = [];
  for (const dataset of datasets) {
    const { text, checksum } = readDataFile(root, dataset.file);
    if (!economiesChanged && loadedChecksums.get(dataset.id) === checksum) {
      unchanged.push(dataset.file);
      progress({ kind: 'unchanged', file: dataset.file });
      continue;
    }
    const content = dataset.toContent(readCsv(dataset.file, text), reference);
    changed.push({ dataset, checksum, content });
    progress({ kind: 'parsed', file: dataset.file, rows: content.observations.length, notes: content.notes });
  }

  if (changed.length > 0 || economiesChanged) {
    progress({ kind: 'writing', datasets: changed.length });
    await prisma.$transaction(
      async (tx) => {
        if (economiesChanged) await writeEconomies(tx, reference, economiesFile, economies.checksum);
        for (const { dataset, checksum, content } of changed)
          await writeDataset(tx, dataset, checksum, content);
      },
      { maxWait: 30_000, timeout: 600_000 },
    );
  }

  return {
    loaded: changed.map((c) => c.dataset.file),
    unchanged,
    rows: changed.reduce((sum, c) => sum + c.content.observations.length, 0),
    seconds: (performance.now() - started) / 1000,
  };
}

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

async function writeEconomies(tx: Transaction, reference: EconomyReference, file: string, checksum: string) {
  for (const economy of reference.economies.values()) {
    await tx.economy.upsert({ where: { code: economy.code }, create: economy, update: economy });
  }
  await tx.economyAlias.deleteMany();
  await tx.economyAlias.createMany({ data: reference.aliases });
  const dataset = {
    source: 'reference',
    publisher: 'this project',
    indicator: 'Economy codes and the names each source uses',
    unit: '',
    file,
    url: '',
    checksum,
    loadedAt: new Date(),
    rowCount: reference.aliases.length,
  };
  await tx.dataset.upsert({
    where: { id: ECONOMIES_DATASET },
    create: { id: ECONOMIES_DATASET, ...dataset },
    update: dataset,
  });
}

async function writeDataset(
  tx: Transaction,
  dataset: DatasetFile,
  checksum: string,
  content: DatasetContent,
) {
  const annotations = content.annotations ?? [];
  const claims = content.claims ?? [];
  await tx.observation.deleteMany({ where: { datasetId: dataset.id } });
  await tx.annotation.deleteMany({ where: { datasetId: dataset.id } });
  await tx.claim.deleteMany({ where: { datasetId: dataset.id } });
  const row = {
    source: dataset.source,
    publisher: dataset.publisher,
    indicator: dataset.indicator,
    unit: dataset.unit,
    file: dataset.file,
    url: dataset.url,
    checksum,
    loadedAt: new Date(),
    rowCount: content.observations.length + annotations.length + claims.length,
  };
  await tx.dataset.upsert({ where: { id: dataset.id }, create: { id: dataset.id, ...row }, update: row });
  if (annotations.length > 0)
    await tx.annotation.createMany({ data: annotations.map((a) => ({ datasetId: dataset.id, ...a })) });
  if (claims.length > 0)
    await tx.claim.createMany({ data: claims.map((c) => ({ datasetId: dataset.id, ...c })) });
  for (let start = 0; start < content.observations.length; start += INSERT_CHUNK) {
    const chunk = content.observations.slice(start, start + INSERT_CHUNK);
    await tx.observation.createMany({ data: chunk.map((o) => ({ datasetId: dataset.id, ...o })) });
  }
}

function readDataFile(root: string, file: string): { text: string; checksum: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (error) {
    throw new IngestError(
      { file },
      `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return { text: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
}
