// The PNG worker (lib/serving/svg-as-png.ts starts one per server process): resvg parses, draws and
// encodes here, one SVG at a time, so neither the drawing nor the PNG encoding (which resvg does
// synchronously) ever holds up the server's event loop. Plain JavaScript; Next's build sees
// `new Worker(path)` and bundles it as a chunk of its own, so a change here needs a build.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

// resvg's parsed SVG and its pixels (~4 MB a chart) live in native memory that V8 does not see,
// freed only when their small JS handles are collected and their finalizers have run, and this
// thread allocates too little for V8 to collect on its own: 3 minutes of mixed traffic left
// 4.6 GB resident (resvg-js issue #216). So it collects after every PNG (well under a millisecond
// on this heap). `gc` is exposed the one way a worker can.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

// Requests wait here and are drawn one per turn of the loop. A port hands over every message it
// holds in one go, so drawing in its handler would draw a whole backlog before any finalizer ran
// (60 PNGs asked for at once: ~600 MB resident; one per turn: flat, as when they come one by one).
const queue = [];
parentPort.on('message', (request) => {
  queue.push(request);
  if (queue.length === 1) setImmediate(drawNext);
});

function drawNext() {
  try {
    parentPort.postMessage(...reply(queue[0]));
  } finally {
    // Nothing of that PNG is referenced now that reply() has returned; collecting queues its
    // native finalizers, which run before the next turn's drawing.
    collectGarbage();
    queue.shift();
    if (queue.length > 0) setImmediate(drawNext);
  }
}

function reply({ id, svg, width }) {
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      font: { fontFiles: workerData.fonts, loadSystemFonts: false, defaultFontFamily: 'Geist' },
    });
    const png = resvg.render().asPng();
    const bytes = png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength);
    return [{ id, png: bytes }, [bytes]];
  } catch (error) {
    return [{ id, error: error instanceof Error ? error.message : String(error) }];
  }
}
