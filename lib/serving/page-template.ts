import { constants, crc32, deflateRawSync } from 'node:zlib';

// A page goes to every reader with a fresh nonce in place of the one its render got (page-nonce.ts).
// Replacing it in the whole HTML and compressing the result again for each response cost 5–25 ms of
// CPU for a 250–800 KB page (an analysis view, the world map), more than anything else the front
// answers from memory. A template splits the HTML at the nonce once and compresses each piece once;
// a response joins the pieces around its own nonce: the plain body by concatenation, the gzip body
// as one deflate stream whose compressed pieces each end on a byte boundary (a sync flush), the
// nonce between them as a stored block, then the gzip trailer (the CRC-32 and size of the whole).

export type PageTemplate = {
  pieces: Buffer[]; // the HTML between the placeholder's occurrences (views of one buffer)
  deflated: Buffer[] | null; // each piece compressed, or null until a reader takes gzip
};

export function pageTemplate(html: Buffer, placeholder: string | null, { deflate = false } = {}) {
  const pieces: Buffer[] = [];
  if (placeholder !== null)
    for (let at = html.indexOf(placeholder); at !== -1; at = html.indexOf(placeholder)) {
      pieces.push(html.subarray(0, at));
      html = html.subarray(at + placeholder.length);
    }
  pieces.push(html);
  const template: PageTemplate = { pieces, deflated: null };
  if (deflate) template.deflated = deflatedPieces(template);
  return template;
}

/** The bytes a template's compressed pieces hold (what a store counts besides the HTML). */
export const deflatedBytes = (template: PageTemplate) =>
  template.deflated?.reduce((sum, piece) => sum + piece.byteLength, 0) ?? 0;

// Packed into one buffer: each deflateRawSync result holds an output buffer of at least 16 KB, so
// a page's 20 small pieces kept apart held 320 KB for 40 KB of compressed bytes (found in a heap
// snapshot: 96 stored pages held 38 MB that the store did not count).
function deflatedPieces(template: PageTemplate): Buffer[] {
  const each = template.pieces.map((piece) =>
    deflateRawSync(piece, { level: 4, finishFlush: constants.Z_SYNC_FLUSH }),
  );
  const packed = Buffer.concat(each);
  let at = 0;
  return each.map((piece) => packed.subarray(at, (at += piece.byteLength)));
}

/** The page with `nonce` in every place of the placeholder, as it is or gzip-compressed. */
export function filledPage(template: PageTemplate, nonce: string, gzip: boolean): Buffer {
  const fill = Buffer.from(nonce, 'latin1');
  const joined = (pieces: Buffer[], between: Buffer) =>
    pieces.flatMap((piece, i) => (i === 0 ? [piece] : [between, piece]));
  if (!gzip) return Buffer.concat(joined(template.pieces, fill));
  template.deflated ??= deflatedPieces(template);
  let crc = 0;
  for (const piece of joined(template.pieces, fill)) crc = crc32(piece, crc);
  const size =
    template.pieces.reduce((sum, piece) => sum + piece.byteLength, 0) +
    fill.length * (template.pieces.length - 1);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  return Buffer.concat([GZIP_HEADER, ...joined(template.deflated, storedBlock(fill)), LAST_BLOCK, trailer]);
}

// RFC 1952: magic, deflate, no flags, no time, no extra flags, OS unknown.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
// RFC 1951 §3.2.4: an empty stored block, marked last, ends the stream.
const LAST_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);

// A stored (uncompressed) block that is not the last, starting on a byte boundary.
function storedBlock(bytes: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt16LE(bytes.length, 1);
  head.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([head, bytes]);
}
