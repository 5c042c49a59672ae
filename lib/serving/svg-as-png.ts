import path from 'node:path';
import { Worker } from 'node:worker_threads';

// A server-drawn SVG rasterised at its own size (its width attribute, or `fallbackWidth`) by
// resvg's native build in a worker thread (lib/serving/png-worker.mjs), one at a time: a PNG costs
// ~50–100 ms of CPU, and drawing it beside the event loop keeps every other request moving while
// it is drawn; the pixels are freed when it is done. (next/og's ImageResponse, used before, ran
// satori and resvg in WebAssembly on the main thread, and its memory grew and never shrank:
// docs/serving.md.) Text is set in Geist, regular and bold (titles), from the `geist` package.
// The files are found from the working directory, the repo root for every npm script and Next.
const FONTS = ['Geist-Regular.ttf', 'Geist-Bold.ttf'].map((file) =>
  path.join(process.cwd(), 'node_modules/geist/dist/fonts/geist-sans', file),
);
const WORKER = path.join(process.cwd(), 'lib/serving/png-worker.mjs');

type Reply = { id: number; png?: ArrayBuffer; error?: string };
type Waiting = { resolve: (png: ArrayBuffer) => void; reject: (error: Error) => void };

// One worker per process, on globalThis: every route bundle shares it (as the result cache in lib/data/cached-by-version.ts).
const slot = Symbol.for('trade-dashboard.png-worker');
const holder = globalThis as unknown as {
  [slot]?: { worker: Worker; waiting: Map<number, Waiting>; nextId: number };
};

// A PNG not drawn in this long fails (PngUnavailable: 503) and its worker is replaced: nothing
// waits forever.
const RENDER_TIMEOUT_MS = 20_000;

// At most this many PNGs wait for the worker (the one being drawn included); the next is refused at
// once with PngQueueFull, which the image routes answer as 503 with Retry-After
// (lib/serving/png-response.ts). An unbounded line let p99 grow with the load: at 50 connections
// asking for new PNGs, 13 req/s and p50 3.8 s. The worker draws ~20 new PNGs a second on the 2-core
// machine (~13 under that load), so a full line of 40 drains in 2–3 s: nobody waits longer than
// that, and a client told to come back meets a shorter line. PNG_QUEUE_MAX changes it.
const DEFAULT_PNG_QUEUE_MAX = 40;
const PNGS_PER_SECOND = 20;

function pngQueueMax(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.PNG_QUEUE_MAX);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_PNG_QUEUE_MAX;
}

export class PngQueueFull extends Error {
  override name = 'PngQueueFull';
  constructor(
    readonly queued: number,
    readonly retryAfterSeconds = Math.max(1, Math.ceil(queued / PNGS_PER_SECOND)),
  ) {
    super(`${queued} PNGs are already waiting to be drawn`);
  }
}

/** The worker crashed or timed out before drawing the PNG: the image routes answer 503 with Retry-After. */
export class PngUnavailable extends Error {
  override name = 'PngUnavailable';
  readonly retryAfterSeconds = 5;
}

function pngWorker() {
  if (holder[slot]) return holder[slot];
  const worker = new Worker(WORKER, { workerData: { fonts: FONTS } });
  const waiting = new Map<number, Waiting>();
  worker.unref(); // it never keeps the server alive
  const failAll = (error: Error) => {
    if (holder[slot]?.worker === worker) holder[slot] = undefined; // the next PNG starts a new worker
    for (const caller of waiting.values()) caller.reject(error);
    waiting.clear();
  };
  worker.on('message', ({ id, png, error }: Reply) => {
    const caller = waiting.get(id);
    waiting.delete(id);
    if (png) caller?.resolve(png);
    else caller?.reject(new Error(`PNG rendering failed: ${error}`));
  });
  worker.on('error', (error) => failAll(new PngUnavailable(`the PNG worker failed: ${error.message}`)));
  worker.on('messageerror', (error) =>
    failAll(new PngUnavailable(`the PNG worker failed: ${error.message}`)),
  );
  worker.on('exit', (code) => failAll(new PngUnavailable(`the PNG worker stopped (exit code ${code})`)));
  holder[slot] = { worker, waiting, nextId: 0 };
  return holder[slot];
}

// Rejects with PngQueueFull, without queueing, when pngQueueMax() PNGs are already waiting.
export function svgAsPng(svg: string, fallbackWidth: number): Promise<ArrayBuffer> {
  const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1] ?? fallbackWidth);
  const state = pngWorker();
  if (state.waiting.size >= pngQueueMax()) return Promise.reject(new PngQueueFull(state.waiting.size));
  const id = (state.nextId += 1);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      state.waiting.delete(id);
      reject(new PngUnavailable(`PNG rendering took over ${RENDER_TIMEOUT_MS / 1000} s`));
      void state.worker.terminate(); // its 'exit' fails what else it held; the next PNG starts anew
    }, RENDER_TIMEOUT_MS);
    timer.unref();
    const settle = {
      resolve: (png: ArrayBuffer) => (clearTimeout(timer), resolve(png)),
      reject: (error: Error) => (clearTimeout(timer), reject(error)),
    };
    state.waiting.set(id, settle);
    state.worker.postMessage({ id, svg, width });
  });
}
