// npm run db:load — loads data/ into the database named by DATABASE_URL; see lib/ingest/README.md.
import { formatLocation, IngestError } from './ingest-error';
import { loadData, LoadBusyError } from './load';
import { SHRINK_FLAG } from './load-plan';
import { loadProgressPrinter } from './load-progress';

async function main() {
  console.log('Loading data/ into the database');
  const allowShrink = process.argv.includes(SHRINK_FLAG) || process.env.LOAD_ALLOW_SHRINK === '1';
  const summary = await loadData({ onProgress: loadProgressPrinter(), allowShrink });
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
  } else if (error instanceof LoadBusyError) {
    console.error(`\nLoad refused, database unchanged: ${error.message}`);
  } else {
    console.error('\nLoad failed, database unchanged:', error);
  }
  process.exit(1);
});
