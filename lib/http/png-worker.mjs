// The PNG worker (lib/http/svg-as-png.ts starts one per server process): resvg parses, draws and
// encodes here, one SVG at a time, so neither the drawing nor the PNG encoding (which resvg does
// synchronously) ever holds up the server's event loop. Plain JavaScript, loaded by path, outside
// Next's bundles.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

// resvg's parsed SVG and its pixels (~4 MB a chart) live in native memory that V8 does not see,
// freed only when their small JS handles are collected, and this thread allocates too little for
// V8 to collect on its own: 3 minutes of mixed traffic left 4.6 GB resident (resvg-js issue #216).
// So it collects after every PNG (well under a millisecond on this heap): 150 PNGs in a row now
// hold ~120 MB, against ~4 MB more per PNG without. `gc` is exposed the one way a worker can.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

parentPort.on('message', ({ id, svg, width }) => {
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      font: { fontFiles: [workerData.font], loadSystemFonts: false, defaultFontFamily: 'Geist' },
    });
    const png = resvg.render().asPng();
    const bytes = png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength);
    parentPort.postMessage({ id, png: bytes }, [bytes]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
  // Once this handler has returned, so nothing of this PNG is still referenced; the native
  // finalizers then run on the next turn of the loop.
  setImmediate(collectGarbage);
});
