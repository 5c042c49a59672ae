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
        `; data version ${summary.dataVersion}` +
        (summary.changes.some((c) => c.kind === 'revised')
          ? `, ${revisionCount(summary).toLocaleString('en')} value revisions (${summary.revisionSeconds.toFixed(1)} s)`
          : '');
  console.log(`Done: ${what}; ${summary.unchanged.length} unchanged; ${summary.seconds.toFixed(1)} s`);
}

// Values added, removed or changed in datasets loaded before (printed only when there were such).
function revisionCount(summary: Awaited<ReturnType<typeof loadData>>): number {
  return summary.changes.reduce((sum, c) => sum + c.added + c.removed + c.changed, 0);
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
