// npm run db:load — loads data/ into the database named by DATABASE_URL; see lib/ingest/README.md.
import { formatLocation, IngestError } from './ingest-error';
import { createPrismaClient } from '../prisma-client';
import { loadData, type LoadEvent } from './load';

function report(event: LoadEvent) {
  if (event.kind === 'unchanged') console.log(`  unchanged  ${event.file}`);
  if (event.kind === 'parsed') {
    console.log(`  parsed     ${event.file}: ${event.rows.toLocaleString('en')} observations`);
    for (const note of event.notes) console.log(`             note: ${note}`);
  }
  if (event.kind === 'writing') console.log(`  writing    ${event.datasets} dataset(s) in one transaction…`);
}

async function main() {
  const prisma = createPrismaClient();
  try {
    console.log('Loading data/ into the database');
    const summary = await loadData(prisma, { onProgress: report });
    const what =
      summary.loaded.length === 0
        ? 'nothing changed'
        : `${summary.loaded.length} dataset(s) loaded, ${summary.rows.toLocaleString('en')} observations`;
    console.log(`Done: ${what}; ${summary.unchanged.length} unchanged; ${summary.seconds.toFixed(1)} s`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof IngestError) {
    console.error(
      `Load failed, database unchanged.\n  ${formatLocation(error.location)}\n  expected: ${error.expected}`,
    );
  } else {
    console.error('Load failed, database unchanged:', error);
  }
  process.exit(1);
});
