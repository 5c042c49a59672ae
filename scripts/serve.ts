// Serves the production build: Next's request handler behind the front (lib/serving/), which
// answers view responses it already holds for the current data version without entering Next.
// `npm start` runs this after migrating, loading and building; so do the benchmark and the specs.
//   PORT (3000), BIND_ADDRESS (every interface), DATABASE_URL, PUBLIC_ORIGIN (http://localhost:PORT),
//   FRONT_CACHE_MB (32; 0 keeps no responses), SERVER_REQUEST_TIMEOUT_MS (30000) and
//   SERVER_HEADERS_TIMEOUT_MS (10000): a client that stalls mid-request is disconnected after them.
import { createServer } from 'node:http';

const MEGABYTE = 1024 * 1024;

async function main() {
  // tsx (which runs this file) turns on Node's source maps, and then Node reads and keeps the map
  // of every module Next loads: some 50 MB that a production server does not need (Next leaves
  // them off too). So they are turned off before anything else is loaded.
  process.setSourceMapsEnabled(false);
  // Checked before anything else: an invalid PUBLIC_ORIGIN would fail every page that names it.
  const { publicOrigin } = await import('../lib/serving/public-origin');
  try {
    publicOrigin();
  } catch (error) {
    console.error(
      `PUBLIC_ORIGIN=${process.env.PUBLIC_ORIGIN} is not an http(s) URL: ${(error as Error).message}`,
    );
    process.exit(1);
  }
  const { default: next } = await import('next');
  const { dataVersionProbe } = await import('../lib/database/data-version-probe');
  const { createFrontHandler } = await import('../lib/serving/front-handler');
  const { createResponseStore } = await import('../lib/serving/response-store');
  (process.env as Record<string, string>).NODE_ENV = 'production';
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.BIND_ADDRESS || undefined;
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();

  const cacheMB = Number(process.env.FRONT_CACHE_MB ?? 32);
  const probe = dataVersionProbe(); // the one probe: Next's proxy, routes and pages share it
  const store = cacheMB > 0 ? createResponseStore(cacheMB * MEGABYTE) : null;
  const server = createServer(
    {
      // Node's defaults let a client that promises a body and stalls hold its socket for 300 s.
      requestTimeout: Number(process.env.SERVER_REQUEST_TIMEOUT_MS) || 30_000,
      headersTimeout: Number(process.env.SERVER_HEADERS_TIMEOUT_MS) || 10_000,
      connectionsCheckingInterval: 1_000, // how often those are enforced (Node's default: 30 s)
    },
    createFrontHandler(handle, probe, store),
  );
  server.keepAliveTimeout = 65_000; // longer than a load balancer's idle timeout, so it closes first
  server.listen(port, hostname, () =>
    console.log(`serving on http://${hostname ?? 'localhost'}:${port} (front cache ${cacheMB} MB)`),
  );
  const stop = () => {
    // The probe closes once the last request is answered: until then they still ask it.
    server.close(() => {
      probe.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
