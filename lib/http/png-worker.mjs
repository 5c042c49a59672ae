// The PNG worker (lib/http/svg-as-png.ts starts one per server process): resvg parses, draws and
// encodes here, one SVG at a time, so neither the drawing nor the PNG encoding (which resvg does
// synchronously) ever holds up the server's event loop. Plain JavaScript, loaded by path, outside
// Next's bundles.
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

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
});
