import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// package.json's "engines" says which Node runs the project: every Node it admits must be one that
// each direct dependency admits (so `npm ci` on it warns about none of them), and the Node these tests
// run on must be admitted. The one package that wants Node 22, @prisma/streams-local, comes only
// with `prisma dev` (prisma → @prisma/dev), which this project never runs; the README says so.
const project = JSON.parse(readFileSync('package.json', 'utf8'));
const range: string = project.engines.node;
const direct = Object.keys({ ...project.dependencies, ...project.devDependencies });

function enginesOf(name: string): string | undefined {
  return JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).engines?.node;
}

describe('engines.node in package.json', () => {
  it('admits the Node these tests run on', () => {
    expect(semver.satisfies(process.versions.node, range)).toBe(true);
  });

  it.each(direct.filter((name) => enginesOf(name) !== undefined))(
    'admits only Nodes that %s admits',
    (name) => {
      expect(semver.subset(range, enginesOf(name)!), `${range} ⊄ ${name}'s ${enginesOf(name)}`).toBe(true);
    },
  );

  it('is what the README says', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`Requirements: Node \`${range}\``);
  });
});
