// Child process of the ingest benchmark: loads one DOTS-format file into a freshly migrated
// database (migrated by the parent, so Prisma's schema engine is not in this process) and prints
// {seconds, rows, maxRssMb} as JSON, so peak memory is the loader's alone.
import path from 'node:path';
import { datasetFileFor } from '../../lib/ingest/dataset-files';
import { loadData } from '../../lib/ingest/load';

async function main() {
  const [databaseFile, file] = process.argv.slice(2);
  // A database file, or a postgres:// URL (scripts/bench/ingest-postgres.ts).
  const databaseUrl = databaseFile.includes('://') ? databaseFile : `file:${databaseFile}`;
  const started = performance.now();
  const summary = await loadData({
    databaseUrl,
    datasets: [{ ...datasetFileFor.dots, id: 'bench', file: path.relative(process.cwd(), file) }],
  });
  const seconds = (performance.now() - started) / 1000;
  const usage = process.resourceUsage();
  const maxRssMb = usage.maxRSS / 1024;
  // CPU time (user + system) varies less than the clock on a machine other jobs share.
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  console.log(
    JSON.stringify({
      seconds,
      cpuSeconds,
      rows: summary.rows,
      exactDuplicates: summary.exactDuplicates,
      maxRssMb,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
