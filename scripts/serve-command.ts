// How every caller starts scripts/serve.ts (npm start, npm run serve, the benchmark, the specs'
// further servers): one command and one environment.
// - glibc: two malloc arenas (one per allocating thread kept PNG memory resident), and a fixed mmap
//   threshold, so PNG-sized blocks are handed back when freed.
// - V8: the old space capped at 192 MB (SERVER_HEAP_MB; raise it with RESULT_CACHE_MB), the next
//   full collection at 1.5 × what the last left live, a 16 MB young generation. The load
//   (scripts/prepare.ts, `npm run db:load`) runs with the same two flags.
// Why each, with the resident memory measured before and after: docs/serving.md (mixed traffic)
// and docs/fixed-share-estimates.md (the world load).
export const HEAP_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=50'];
export const SERVE_COMMAND = process.execPath;
export const SERVE_ARGS = [
  `--max-old-space-size=${process.env.SERVER_HEAP_MB || 192}`,
  ...HEAP_FLAGS,
  '--import',
  'tsx',
  'scripts/serve.ts',
];

export function serveEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    MALLOC_ARENA_MAX: '2',
    MALLOC_MMAP_THRESHOLD_: '131072',
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ...env,
  };
}
