// How every caller starts scripts/serve.ts (npm start, the benchmark, the specs' further servers):
// one command and one environment. glibc gives each thread that allocates its own malloc arena
// and rarely hands their memory back; with PNGs drawn on libuv's thread pool that kept ~150 MB
// more resident under mixed traffic (docs/serving.md). Two arenas are plenty for one event loop.
// (`npm run serve` sets the same default in package.json, for an instance started by hand.)
export const SERVE_COMMAND = process.execPath;
export const SERVE_ARGS = ['--import', 'tsx', 'scripts/serve.ts'];

export function serveEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { MALLOC_ARENA_MAX: '2', ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env };
}
