// `next build` when the sources are newer than the last build (npm start, and the versions e2e
// server); run directly with tsx, it does just that.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'public'];
const SOURCE_FILES = ['next.config.js', 'package.json', 'tsconfig.json'];
const BUILD_MARKER = path.join('.next', 'BUILD_ID');

function newestSourceTime(): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!existsSync(target)) return;
    const stats = statSync(target);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(target)) if (entry !== 'generated') visit(path.join(target, entry));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

function buildIsStale(): boolean {
  return !existsSync(BUILD_MARKER) || statSync(BUILD_MARKER).mtimeMs < newestSourceTime();
}

export function buildIfStale() {
  if (!buildIsStale()) return;
  console.log('build: sources changed since the last build, running next build');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) buildIfStale();
