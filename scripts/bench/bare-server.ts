// The yardstick: a bare node:http server answering each path with the exact bytes and type the
// app sent for it. Run as its own process (like the app) by scripts/bench/http.ts:
// tsx scripts/bench/bare-server.ts <port> <bodies.json>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

type Body = { type: string; base64: string };

const [port, file] = process.argv.slice(2);
const bodies = new Map(
  Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Body>).map(([path, body]) => [
    path,
    { type: body.type, bytes: Buffer.from(body.base64, 'base64') },
  ]),
);

createServer((request, response) => {
  const body = bodies.get(request.url ?? '') ?? bodies.values().next().value!;
  response.writeHead(200, { 'Content-Type': body.type, 'Content-Length': body.bytes.length });
  response.end(body.bytes);
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
