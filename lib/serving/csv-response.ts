// A CSV download: UTF-8 text named for saving, never sniffed as anything else. How long it may be
// kept is the caller's to say (lib/serving/versioned-response.ts: tagged with the data version). The
// body is the whole text, or a stream of it for big downloads.
export function csvResponse(body: string | ReadableStream<Uint8Array>, fileName: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
