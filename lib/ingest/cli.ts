// npm run db:load — loads data/ into the database named by DATABASE_URL; see lib/ingest/README.md.
import { formatLocation, IngestError } from './ingest-error';
import { loadData } from './load';
import { loadProgressPrinter } from './load-progress';

async function main() {
  console.log('Loading data/ into the database');
  const summary = await loadData({ onProgress: loadProgressPrinter() });
  const what =
    summary.dataVersion === null
      ? 'nothing changed'
      : `${summary.loaded.length} dataset(s) loaded, ${summary.rows.toLocaleString('en')} observations` +
        `, ${summary.exactDuplicates.toLocaleString('en')} exact duplicates, ${summary.skipped.toLocaleString('en')} rows skipped` +
        (summary.removed.length > 0 ? `, ${summary.removed.length} removed` : '') +
        `; data version ${summary.dataVersion}`;
  console.log(`Done: ${what}; ${summary.unchanged.length} unchanged; ${summary.seconds.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  if (error instanceof IngestError) {
    console.error(
      `\nLoad failed, database unchanged.\n  ${formatLocation(error.location)}\n  expected: ${error.expected}`,
    );
  } else {
    console.error('\nLoad failed, database unchanged:', error);
  }
  process.exit(1);
});
