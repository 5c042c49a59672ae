import type { Instrumentation } from 'next';

// Every error a route or page throws is logged as one JSON line naming the request, so a 5xx in
// the server's log can be traced to the address that caused it (Next's own log gives the stack).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  console.error(
    JSON.stringify({
      level: 'error',
      event: 'request failed',
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      digest: typeof error === 'object' && error && 'digest' in error ? String(error.digest) : undefined,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
};
