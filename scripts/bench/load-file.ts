// Child process of the ingest benchmark: loads one DOTS-format file into a freshly migrated
// database (migrated by the parent, so Prisma's schema engine is not in this process) and prints
// {seconds, rows, maxRssMb} as JSON, so peak memory is the loader's alone.
import path from 'node:path';
import { datasetFileFor } from '../../lib/ingest/dataset-files';
import { loadData } from '../../lib/ingest/load';

async function main() {
  const [databaseFile, file] = process.argv.slice(2);
  const databaseUrl = `file:${databaseFile}`;
  const started = performance.now();
  const summary = await loadData({
    databaseUrl,
    datasets: [{ ...datasetFileFor.dots, id: 'bench', file: path.relative(process.cwd(), file) }],
  });
  const seconds = (performance.now() - started) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ seconds, rows: summary.rows, exactDuplicates: summary.exactDuplicates, maxRssMb }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
