import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The lint rule that keeps the layers running one way (eslint.config.mjs), tried on small files
// that break it, as if they sat at the given paths. Nothing is written to disk.
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(__dirname, '../..') });
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
    const page = `import { Dashboard } from '@/components/dashboard/dashboard';\nimport { getSeries } from '@/lib/data/get-series';\nexport const x = [Dashboard, getSeries];\n`;
    expect(await layerErrors('app/some/page.tsx', page)).toEqual([]);
    const component = `import { buildPanelModel } from '@/lib/panel/panel-model';\nexport const b = buildPanelModel;\n`;
    expect(await layerErrors('components/charts/something.tsx', component)).toEqual([]);
  });
});
