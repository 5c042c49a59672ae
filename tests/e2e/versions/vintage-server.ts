// The versions spec's own data: a copy of data/economies.csv and the article's files, and
// Kyrgyzstan's WITS file at one of two real vintages (tests/fixtures/wits-kgz-vintages), loaded
// into the database in DATABASE_URL. `tsx vintage-server.ts old` before the server starts;
// `… new` from the spec, while the server runs, to publish the newer vintage.
import { copyFileSync, cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { datasetFileFor, listDatasetFiles, WITS_FOLDER } from '../../../lib/ingest/dataset-files';
import { loadData } from '../../../lib/ingest/load';
import { migrate } from '../../../prisma/migrate';
import { KGZ_FILE, NEW_VINTAGE, OLD_VINTAGE } from '../../fixtures/wits-kgz-vintages/vintage-cells';

export const VINTAGE_ROOT = (port: string) => path.join(process.cwd(), '.tmp', `versions-root-${port}`);

async function main() {
  const vintage = process.argv[2];
  if (vintage !== 'old' && vintage !== 'new') throw new Error('usage: vintage-server.ts old|new');
  const root = VINTAGE_ROOT(process.env.PORT ?? process.env.E2E_PORT ?? '3101');
  mkdirSync(path.join(root, WITS_FOLDER), { recursive: true });
  copyFileSync(path.join(process.cwd(), 'data/economies.csv'), path.join(root, 'data/economies.csv'));
  cpSync(path.join(process.cwd(), 'data/article'), path.join(root, 'data/article'), { recursive: true });
  copyFileSync(vintage === 'old' ? OLD_VINTAGE : NEW_VINTAGE, path.join(root, WITS_FOLDER, KGZ_FILE));
  if (vintage === 'old') await migrate();
  const articles = listDatasetFiles(root).filter((d) => d.source === 'article');
  const summary = await loadData({ root, datasets: [datasetFileFor.wits(KGZ_FILE), ...articles] });
  console.log(`vintage ${vintage}: data version ${summary.dataVersion}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
