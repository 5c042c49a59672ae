// ESLint: Next's flat config (React, hooks, Next rules, typescript-eslint) plus the one rule that
// keeps the layers running one way: app/ → components/ → lib/ → lib/data → Prisma (lib/database/db.ts).
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
// the end-to-end specs that prepare a database of their own for a second server.
const DATABASE_CODE = [
  'lib/data/**',
  'lib/database/**',
  'lib/ingest/**',
  'prisma/**',
  'scripts/**',
  'tests/e2e/**',
];

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
]);
