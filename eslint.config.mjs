// ESLint: Next's flat config (React, hooks, Next rules, typescript-eslint) plus the rules that keep
// the layers running one way: app/ → components/ → lib/ → lib/data → Prisma (lib/database/db.ts),
// and inside lib/ one declared order of its folders (LIB_FOLDER_ORDER), so they form no cycle.
// Prettier formats; ESLint only judges.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// An import of a layer above, written as "@/app/…" or as "../../app/…".
const importOf = (...folders) => `^(@/|(\\.\\./)+)(${folders.join('|')})(/|$)`;

const UP_TO_APP = {
  regex: importOf('app'),
  message: 'app/ holds routes only: nothing imports it (layers run app → components → lib).',
};
const UP_TO_COMPONENTS = {
  regex: importOf('components', 'app'),
  message: 'lib/ never imports components/ or app/: move the shared code down into lib/.',
};
const DATABASE = {
  regex: '(^@prisma/|^better-sqlite3$|(^|/)generated(/|$)|(^|/)(db|prisma-client)$)',
  message: 'Only lib/data (and the loader, prisma/, scripts/) touch the database: call a lib/data function.',
};
const DATA_LAYER = {
  regex: '(^@/lib/data(/|$)|(^|/)data/get-)',
  message: 'Components draw what they are given: the page (app/) reads lib/data and passes it down.',
};

// Code allowed to open the database: the data layer, the loader, migrations, the npm scripts, and
// the end-to-end specs and the integration tests that prepare a database of their own.
const DATABASE_CODE = [
  'lib/data/**',
  'lib/database/**',
  'lib/ingest/**',
  'prisma/**',
  'scripts/**',
  'tests/e2e/**',
  'tests/integration/**',
];

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

// lib/'s folders, top to bottom: each may import only the folders below it, so no two folders can
// import each other, however many steps apart (README "Layout"). Serving wraps the routes, data is
// the only reader of the database, the pure folders (client down to view-state) never touch it.
export const LIB_FOLDER_ORDER = [
  'serving',
  'data',
  'ingest',
  'database',
  'client',
  'analyses',
  'brief',
  'csv',
  'panel',
  'article',
  'view-state',
  'cache',
];

// An import of one of lib's folders from a file `depth` folders below lib/: "@/lib/x/…" or exactly
// as many "../" as lead back to lib/ (so "../../data/article.json" from lib/article/ is the root
// data/ folder, not lib/data).
const libFolderImport = (depth, folders) => `^(@/lib/|(\\.\\./){${depth}})(${folders.join('|')})(/|$)`;

function folderOrder(folder, depth) {
  const above = LIB_FOLDER_ORDER.slice(0, LIB_FOLDER_ORDER.indexOf(folder));
  const below = LIB_FOLDER_ORDER.slice(LIB_FOLDER_ORDER.indexOf(folder) + 1);
  return {
    regex: libFolderImport(depth, above),
    message: `lib/${folder} may import only the lib folders below it (${below.join(', ') || 'none'}): folders import one way, so they never form a cycle.`,
  };
}

const opensDatabase = (folder) => ['data', 'database', 'ingest'].includes(folder);

// One block per lib folder and file depth (lib/x/file.ts, lib/x/sub/file.ts, …), since a block's
// no-restricted-imports replaces, not adds to, an earlier block's.
const libFolderBlocks = LIB_FOLDER_ORDER.filter((folder) => folder !== 'serving').flatMap((folder) =>
  [1, 2, 3].map((depth) => ({
    name: `layers/lib/${folder}/depth-${depth}`,
    files: [`lib/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx,mjs,js}`],
    rules: restrict(
      UP_TO_COMPONENTS,
      ...(opensDatabase(folder) ? [] : [DATABASE]),
      folderOrder(folder, depth),
    ),
  })),
);

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores(['.next/**', 'lib/generated/**', 'data/**', 'node_modules/**', '.tmp/**', 'next-env.d.ts']),
  globalIgnores(['test-results/**', 'playwright-report/**']),
  {
    name: 'layers/everywhere',
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: DATABASE_CODE,
    rules: restrict(DATABASE),
  },
  { name: 'layers/components', files: ['components/**'], rules: restrict(UP_TO_APP, DATABASE, DATA_LAYER) },
  {
    name: 'layers/lib',
    files: ['lib/**'],
    ignores: DATABASE_CODE,
    rules: restrict(UP_TO_COMPONENTS, DATABASE),
  },
  {
    name: 'layers/database-code',
    files: ['lib/data/**', 'lib/database/**', 'lib/ingest/**'],
    rules: restrict(UP_TO_COMPONENTS),
  },
  ...libFolderBlocks,
]);
