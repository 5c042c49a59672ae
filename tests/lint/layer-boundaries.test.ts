import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIB_FOLDER_ORDER } from '../../eslint.config.mjs';

// The lint rule that keeps the layers running one way (eslint.config.mjs), tried on small files
// that break it, as if they sat at the given paths. Nothing is written to disk.
let eslint: ESLint;
const ROOT = path.resolve(__dirname, '../..');

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('fail when lib/ imports components/, by alias or relative path', async () => {
    const code = `import { PARTNER_STYLES } from '@/components/charts/chart-constants';\nexport const s = PARTNER_STYLES;\n`;
    expect(await layerErrors('lib/offender.ts', code)).toEqual([
      expect.stringMatching(/lib\/ never imports/),
    ]);
    const relative = `import { PARTNER_STYLES } from '../components/charts/chart-constants';\nexport const s = PARTNER_STYLES;\n`;
    expect(await layerErrors('lib/offender.ts', relative)).toHaveLength(1);
  });

  it('fail when lib/ imports app/', async () => {
    const code = `import { GET } from '@/app/api/series/route';\nexport const g = GET;\n`;
    expect(await layerErrors('lib/offender.ts', code)).toHaveLength(1);
  });

  it('fail when components/ import app/ or a lib/data loader', async () => {
    const fromApp = `import Page from '../../app/page';\nexport const p = Page;\n`;
    expect(await layerErrors('components/charts/offender.tsx', fromApp)).toHaveLength(1);
    const fromData = `import { getSeries } from '@/lib/data/get-series';\nexport const g = getSeries;\n`;
    expect(await layerErrors('components/charts/offender.tsx', fromData)).toHaveLength(1);
  });

  it('fail when code outside lib/data imports the database client', async () => {
    const db = `import { prisma } from '@/lib/database/db';\nexport const p = prisma;\n`;
    expect(await layerErrors('app/api/offender/route.ts', db)).toEqual([
      expect.stringMatching(/Only lib\/data/),
    ]);
    expect(
      await layerErrors('lib/offender.ts', `import { prisma } from './db';\nexport const p = prisma;\n`),
    ).toHaveLength(1);
    const generated = `import { PrismaClient } from '../generated/prisma/client';\nexport const C = PrismaClient;\n`;
    expect(await layerErrors('components/offender.ts', generated)).toHaveLength(1);
    const client = `import { PrismaClient } from '@prisma/client';\nexport const C = PrismaClient;\n`;
    expect(await layerErrors('lib/offender.ts', client)).toHaveLength(1);
  });

  it('pass for the imports the layers allow', async () => {
    const data = `import { prisma } from '../db';\nexport const p = prisma;\n`;
    expect(await layerErrors('lib/data/get-something.ts', data)).toEqual([]);
    const page =
      `import { Dashboard } from '@/components/dashboard/dashboard';\n` +
      `import { getSeries } from '@/lib/data/get-series';\nexport const x = [Dashboard, getSeries];\n`;
    expect(await layerErrors('app/some/page.tsx', page)).toEqual([]);
    const component = `import { buildPanelModel } from '@/lib/panel/panel-model';\nexport const b = buildPanelModel;\n`;
    expect(await layerErrors('components/charts/something.tsx', component)).toEqual([]);
  });
});

describe('lib folder order', () => {
  const importOf = (target: string) => `import { x } from '${target}';\nexport const y = x;\n`;

  it('fails when a lib folder imports one above it, by alias or relative path', async () => {
    const order = /lib\/view-state may import only the lib folders below it/;
    expect(await layerErrors('lib/view-state/offender.ts', importOf('@/lib/panel/series-types'))).toEqual([
      expect.stringMatching(order),
    ]);
    expect(await layerErrors('lib/view-state/offender.ts', importOf('../panel/series-types'))).toHaveLength(
      1,
    );
    expect(await layerErrors('lib/panel/offender.ts', importOf('../analyses/figure'))).toHaveLength(1);
    expect(await layerErrors('lib/analyses/offender.ts', importOf('../csv/csv'))).toEqual([]);
    expect(await layerErrors('lib/csv/offender.ts', importOf('../analyses/figure'))).toHaveLength(1);
    expect(await layerErrors('lib/data/offender.ts', importOf('../serving/with-view'))).toHaveLength(1);
    expect(await layerErrors('lib/database/offender.ts', importOf('@/lib/data/get-series'))).toHaveLength(1);
    expect(
      await layerErrors('lib/ingest/bulk-writer/offender.ts', importOf('../../data/get-series')),
    ).toHaveLength(1);
  });

  it('passes imports of the folders below, and of the root data/ folder from lib/article', async () => {
    expect(await layerErrors('lib/analyses/offender.ts', importOf('../panel/format'))).toEqual([]);
    expect(await layerErrors('lib/serving/offender.ts', importOf('@/lib/data/get-series'))).toEqual([]);
    expect(await layerErrors('lib/article/offender.ts', importOf('../../data/article/article.json'))).toEqual(
      [],
    );
  });

  it('holds in the real tree: no two lib folders import each other, by any path', () => {
    const graph = libFolderGraph();
    expect(Object.keys(graph).sort()).toEqual([...LIB_FOLDER_ORDER].sort());
    expect(folderCycle(graph)).toBeNull();
  });
});

// lib folder → the lib folders its files import (tests included), from the source files
// themselves.
function libFolderGraph(): Record<string, Set<string>> {
  const graph: Record<string, Set<string>> = {};
  for (const file of sourceFiles(path.join(ROOT, 'lib'))) {
    const relative = path.relative(ROOT, file);
    const folder = relative.split(path.sep)[1];
    if (folder === 'generated') continue;
    const edges = (graph[folder] ??= new Set());
    const text = readFileSync(file, 'utf8');
    for (const [, target] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const resolved = target.startsWith('@/')
        ? target.slice(2)
        : target.startsWith('.')
          ? path.relative(ROOT, path.resolve(path.dirname(file), target))
          : null;
      const [top, to] = resolved?.split(/[\\/]/) ?? [];
      if (top !== 'lib' || !to || to === folder || to === 'generated') continue;
      edges.add(to);
    }
  }
  return graph;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

// The first cycle found, as the folders on it ("data → serving → data"), or null.
function folderCycle(graph: Record<string, Set<string>>): string | null {
  const done = new Set<string>();
  const visit = (folder: string, path: string[]): string | null => {
    if (path.includes(folder)) return [...path.slice(path.indexOf(folder)), folder].join(' → ');
    if (done.has(folder)) return null;
    for (const next of graph[folder] ?? []) {
      const cycle = visit(next, [...path, folder]);
      if (cycle) return cycle;
    }
    done.add(folder);
    return null;
  };
  for (const folder of Object.keys(graph)) {
    const cycle = visit(folder, []);
    if (cycle) return cycle;
  }
  return null;
}
