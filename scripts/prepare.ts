// The preparing half of `npm start` (scripts/start.ts runs it as a child process and waits): check the
// short-link limits, then, unless `--serve-only`, migrate the database and load data/ if it changed.
// A process of its own so that what the migration and the load held (~190 MB resident after the
// world's first load) is handed back when it exits, instead of staying in the wrapper for as long
// as the server runs.
import { loadData } from '../lib/ingest/load';
import { loadProgressPrinter } from '../lib/ingest/load-progress';
import { readShareLimits } from '../lib/data/share-limits';
import { migrate } from '../prisma/migrate';
import { withDatabaseLock } from './with-database-lock';

async function main() {
  readShareLimits(); // a short-link limit that is not a positive integer stops here, not at the first share
  if (process.argv.includes('--serve-only')) return;
  // Instances started together on one PostgreSQL database take turns; the later ones find nothing to do.
  await withDatabaseLock(process.env.DATABASE_URL, async () => {
    const applied = await migrate();
    console.log(
      applied.length > 0 ? `database: applied ${applied.join(', ')}` : 'database: schema up to date',
    );

    const summary = await loadData({ onProgress: loadProgressPrinter() });
    console.log(
      summary.dataVersion !== null
        ? `data: loaded ${summary.loaded.length} file(s), ${summary.rows.toLocaleString('en')} observations in ${summary.seconds.toFixed(1)} s`
        : 'data: already loaded',
    );
  });
}

main().then(
  () => process.exit(0), // the database clients would otherwise keep it alive a moment longer
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
