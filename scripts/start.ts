// npm start — from a fresh clone to a served dashboard: migrate the embedded database, load data/
// if it changed, build if the sources are newer than the last build, then `next start` on PORT.
import { spawn } from 'node:child_process';
import { loadData } from '../lib/ingest/load';
import { loadProgressPrinter } from '../lib/ingest/load-progress';
import { migrate } from '../prisma/migrate';
import { buildIfStale } from './build-if-stale';

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const applied = await migrate();
  console.log(applied.length > 0 ? `database: applied ${applied.join(', ')}` : 'database: schema up to date');

  const summary = await loadData({ onProgress: loadProgressPrinter() });
  console.log(
    summary.dataVersion !== null
      ? `data: loaded ${summary.loaded.length} file(s), ${summary.rows.toLocaleString('en')} observations in ${summary.seconds.toFixed(1)} s`
      : 'data: already loaded',
  );

  buildIfStale();

  const port = process.env.PORT ?? '3000';
  const server = spawn('npx', ['next', 'start', '--port', port], { stdio: 'inherit' });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
