// Migrates the database in DATABASE_URL and loads the named datasets of data/ (plus the article):
// `npm run db:load` for a chosen few files, run by specs as a process of its own.
// tsx tests/e2e/load-datasets.ts wits-KAZ wits-KGZ
import { listDatasetFiles } from '../../lib/ingest/dataset-files';
import { loadData } from '../../lib/ingest/load';
import { migrate } from '../../prisma/migrate';

async function main() {
  const ids = process.argv.slice(2);
  await migrate();
  const summary = await loadData({
    datasets: listDatasetFiles().filter((d) => d.source === 'article' || ids.includes(d.id)),
  });
  console.log(JSON.stringify({ loaded: summary.loaded, dataVersion: summary.dataVersion }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
