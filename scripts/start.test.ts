import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What the files a script loads, bundled as Node would load them: every module it imports, and
// what it leaves to node_modules or Node itself.
async function loadedBy(entry: string) {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  const imports = Object.values(metafile.inputs).flatMap((input) => input.imports);
  return {
    files: Object.keys(metafile.inputs).sort(),
    packages: [...new Set(imports.filter((i) => i.external).map((i) => i.path))].sort(),
  };
}

describe('npm start', () => {
  // The wrapper lives as long as the server: migrating and loading in it kept 191 MB resident
  // beside the server under traffic. It only starts children, so it loads nothing of the database,
  // the loader or any package.
  it('keeps the wrapper that stays beside the server free of the database, the loader and every package', async () => {
    const { files, packages } = await loadedBy('scripts/start.ts');
    expect(files).toEqual(['scripts/serve-command.ts', 'scripts/start.ts']);
    expect(packages.every((name) => name.startsWith('node:'))).toBe(true);
  });

  it('migrates and loads in the child it runs first', async () => {
    const { files } = await loadedBy('scripts/prepare.ts');
    expect(files).toEqual(expect.arrayContaining(['lib/ingest/load.ts', 'prisma/migrate.ts']));
  });
});
