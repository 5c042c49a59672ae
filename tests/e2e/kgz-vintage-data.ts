// Data for links-know-their-data.spec.ts: data/economies.csv, the article's files and Kyrgyzstan's
// WITS file at one of two real vintages (tests/fixtures/wits-kgz-vintages), loaded into the
// database in DATABASE_URL. `tsx kgz-vintage-data.ts old` migrates and loads the oldest vintage;
// `… new` then publishes the newer one, as a later `npm run db:load` would.
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { datasetFileFor, listDatasetFiles, WITS_FOLDER } from '../../lib/ingest/dataset-files';
import { loadData } from '../../lib/ingest/load';
import { migrate } from '../../prisma/migrate';
import { KGZ_FILE, NEW_VINTAGE, OLD_VINTAGE } from '../fixtures/wits-kgz-vintages/vintage-cells';

async function main() {
  const [vintage, root] = process.argv.slice(2);
  if ((vintage !== 'old' && vintage !== 'new') || !root)
    throw new Error('usage: kgz-vintage-data.ts old|new ROOT');
  mkdirSync(path.join(root, WITS_FOLDER), { recursive: true });
  for (const file of ['data/economies.csv', 'data/economy-codes-outside-iso.csv'])
    copyFileSync(path.join(process.cwd(), file), path.join(root, file));
  cpSync(path.join(process.cwd(), 'data/article'), path.join(root, 'data/article'), { recursive: true });
  copyFileSync(vintage === 'old' ? OLD_VINTAGE : NEW_VINTAGE, path.join(root, WITS_FOLDER, KGZ_FILE));
  if (vintage === 'old') await migrate();
  const articles = listDatasetFiles(root).filter((d) => d.source === 'article');
  const summary = await loadData({ root, datasets: [datasetFileFor.wits(KGZ_FILE), ...articles] });
  console.log(`${vintage} vintage: data version ${summary.dataVersion}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
