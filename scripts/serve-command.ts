// How every caller starts scripts/serve.ts (npm start, npm run serve, the benchmark, the specs'
// further servers): one command and one environment.
// - glibc gives each thread that allocates its own malloc arena and rarely hands their memory
//   back; with PNGs drawn on a worker thread that kept ~150 MB more resident under mixed traffic
//   (docs/serving.md). Two arenas are plenty for one event loop. And glibc raises its mmap
//   threshold each time a large block is freed, after which blocks of a PNG's size (~4 MB of
//   pixels) come from an arena that keeps them: fixed at 128 KB, every large block is handed back.
// - V8 lets its heap grow to a large share of the machine's memory before a full collection, and
//   until then the native memory of every dropped SQLite statement and response buffer stays
//   resident too: 8,000 new chart views left 640 MB resident, 390 MB with the heap capped at 256 MB.
//   192 MB is about twice what the server holds live with full caches (docs/serving.md);
//   SERVER_HEAP_MB changes it: raise it with RESULT_CACHE_MB. Below that cap, V8 sets the next full
//   collection at up to four times what the last one left live; at 1.5 times (~120 MB) and with a
//   16 MB young generation (two 8 MB semi-spaces, not 2 × 16 MB), peak RSS under 3 minutes of mixed
//   traffic fell from ~340 to ~290 MB on the busy machine (docs/serving.md). Neither changes the cap.
//   The load (scripts/prepare.ts, `npm run db:load`) runs with the same two: the world load's peak
//   RSS 325–340 MB → 247–250 MB (docs/fixed-share-estimates.md).
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
