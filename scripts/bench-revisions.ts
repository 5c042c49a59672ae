// npm run bench:revisions — what recording value-level revisions costs on the whole world's data,
// on a temporary copy of data/ and a fresh database: the first load (nothing to compare), a reload
// where the IMF DOTS file's bytes change but not its values (every row set aside and compared) and
// four WITS files go back to their oldest vintage (real revisions), and the reload back to today's.
import { cpSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { DOTS_FILE, WITS_FOLDER } from '../lib/ingest/dataset-files';
import { loadData, type LoadSummary } from '../lib/ingest/load';
import { migrate } from '../prisma/migrate';

// The shared data beside this checkout (../shared), or BENCH_OLD_VINTAGE.
const OLD_VINTAGE =
  process.env.BENCH_OLD_VINTAGE ?? path.resolve('../shared/data/wits_trade_summary/swigman_TrueEmissions');
const OLD_REPORTERS = ['KAZ', 'KGZ', 'TJK', 'TKM'];
const witsFile = (code: string) => `en_${code}_AllYears_WITS_Trade_Summary.CSV`;

// The four reporters' WITS files in the copy of data/ under `root`, taken from the folder `from`.
function copyWitsFiles(from: string, root: string) {
  for (const code of OLD_REPORTERS)
    copyFileSync(path.join(from, witsFile(code)), path.join(root, WITS_FOLDER, witsFile(code)));
}

function report(label: string, summary: LoadSummary, databaseFile: string) {
  const revisions = summary.changes.reduce((sum, c) => sum + c.added + c.removed + c.changed, 0);
  const revised = summary.changes.filter((c) => c.kind === 'revised').length;
  const db = new Database(databaseFile, { readonly: true });
  const bytes = db.prepare(`SELECT SUM("pgsize") FROM "dbstat" WHERE "name" LIKE 'Revision%'`).pluck().get();
  db.close();
  console.log(
    `${label}: ${summary.seconds.toFixed(1)} s, of which revisions ${summary.revisionSeconds.toFixed(1)} s; ` +
      `${summary.rows.toLocaleString('en')} observations; ${revised} datasets revised; ` +
      `${revisions.toLocaleString('en')} revisions recorded; Revision table ${(Number(bytes ?? 0) / 1024).toFixed(0)} KB; ` +
      `database ${(statSync(databaseFile).size / 1024 / 1024).toFixed(0)} MB`,
  );
}

async function main() {
  const tmp = mkdtempSync(path.join(tmpdir(), 'bench-revisions-'));
  try {
    const root = path.join(tmp, 'root');
    cpSync(path.join(process.cwd(), 'data'), path.join(root, 'data'), { recursive: true });
    const databaseFile = path.join(tmp, 'bench.db');
    const databaseUrl = `file:${databaseFile}`;
    await migrate(databaseUrl);

    report('first load (no revisions by design)', await loadData({ databaseUrl, root }), databaseFile);

    const dots = path.join(root, DOTS_FILE);
    const today = readFileSync(dots);
    writeFileSync(dots, zlib.gzipSync(zlib.gunzipSync(today), { level: 1 })); // same rows, other bytes
    copyWitsFiles(OLD_VINTAGE, root);
    report(
      'DOTS re-gzipped + 4 WITS files at their 2017 vintage',
      await loadData({ databaseUrl, root }),
      databaseFile,
    );

    writeFileSync(dots, today);
    copyWitsFiles(path.join(process.cwd(), WITS_FOLDER), root);
    report('back to today’s files', await loadData({ databaseUrl, root }), databaseFile);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
