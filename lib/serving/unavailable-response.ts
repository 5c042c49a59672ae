// 503 while the database cannot be read: a plain page a reader can read without JavaScript, or
// JSON for the API. Retry-After, since service resumes by itself once the file is back.

const RETRY_AFTER_SECONDS = '10';

const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kazakhstan’s trade: data unavailable</title></head>
<body><main>
<h1>The trade data cannot be shown right now</h1>
<p role="alert">The dashboard could not read its database. Nothing is wrong with your link; please try again in a moment.</p>
<p><a href="">Try again</a></p>
</main></body>
</html>
`;

export function unavailableResponse(pathname: string): Response {
  const headers = { 'Retry-After': RETRY_AFTER_SECONDS, 'Cache-Control': 'no-store' };
  if (pathname.startsWith('/api/'))
    return Response.json(
      { status: 'unavailable', error: 'The database cannot be read; try again shortly.' },
      { status: 503, headers },
    );
  return new Response(UNAVAILABLE_PAGE, {
    status: 503,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

export function badPathResponse(): Response {
  return new Response('Bad request: the address has a malformed percent-encoding.\n', {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
