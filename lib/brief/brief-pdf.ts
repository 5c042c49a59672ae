import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Brief } from './brief';
import { briefFonts } from './brief-fonts';
import { apaCitation, publishersOf } from './citation';

// A view as a one-page A4 brief (pdfkit): title, the generated sentences, the view's chart drawn as
// vectors from its own SVG, the notes and claim checks it shows, its files with their SHA-256, the
// data version and its date, the citation, and the permalink as text and as a QR code. Text is set
// in embedded TrueType (Geist), so it is selectable and searchable; pdfkit starts a second page by
// itself only when a long view's notes run past the foot.

const MARGIN = 40;
const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const WIDTH = PAGE.width - 2 * MARGIN;
const QR_SIZE = 84;
const CHARTS_HEIGHT = 380;
const MIN_CHARTS_HEIGHT = 130;
const GAP = 12; // the most the drawings may take, so the text below fits on the page
const INK = '#1a1a1a';
const MUTED = '#555555';

type Doc = InstanceType<typeof PDFDocument>;

export async function briefPdf(brief: Brief): Promise<Buffer> {
  const doc = newDocument(documentInfo(brief));
  const done = collect(doc);
  heading(doc, brief);
  // The drawings get what the words leave of the page, within bounds: a long view's text may still
  // run to a second page rather than shrink its chart past reading.
  const room = PAGE.height - MARGIN - doc.y - heightBelowCharts(brief) - GAP - 16;
  charts(doc, brief.charts, Math.min(CHARTS_HEIGHT, Math.max(MIN_CHARTS_HEIGHT, room)));
  notesAndClaims(doc, brief);
  footer(doc, brief);
  doc.end();
  return done;
}

// An A4 page in the brief's fonts; `info` only for the document that is sent.
function newDocument(info?: PDFKit.DocumentInfo): Doc {
  const fonts = briefFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: fonts.regular as never,
    displayTitle: true,
    lang: 'en',
    info,
  });
  // pdfkit takes a parsed fontkit font where its types say a path or bytes.
  for (const [name, font] of Object.entries(fonts)) doc.registerFont(name, font as never);
  return doc;
}

function documentInfo(brief: Brief): PDFKit.DocumentInfo {
  const made = new Date(`${brief.made}T00:00:00Z`);
  return {
    Title: brief.title,
    Author: brief.site,
    Subject: brief.summary.join(' '),
    Keywords: keywords(brief),
    Creator: brief.site,
    CreationDate: made, // with the title, fixes the file's ID: the same view and day, the same bytes
    ModDate: made,
  };
}

// The words below the drawings, as tall as notesAndClaims and footer set them: set once on a
// document of their own (no metadata: it is never sent), from the top of its first page.
function heightBelowCharts(brief: Brief): number {
  const scratch = newDocument();
  let pages = 0;
  scratch.on('pageAdded', () => (pages += 1));
  const top = scratch.y;
  notesAndClaims(scratch, brief);
  footer(scratch, brief);
  return pages * (PAGE.height - 2 * MARGIN) + scratch.y - top;
}

function keywords(brief: Brief): string {
  const names = brief.table.rows.length > 0 ? namesIn(brief) : [];
  return [
    'trade',
    'partner shares',
    ...names,
    ...publishersOf(brief),
    `data version ${brief.dataVersion.id}`,
  ].join(', ');
}

// The economies the view's table names (reporter_name, partner_name columns), as keywords.
function namesIn(brief: Brief): string[] {
  const columns = brief.table.columns
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => name.endsWith('_name'));
  const names = new Set<string>();
  for (const row of brief.table.rows)
    for (const { index } of columns) if (typeof row[index] === 'string') names.add(row[index] as string);
  return [...names].slice(0, 12);
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function heading(doc: Doc, brief: Brief) {
  doc.font('regular').fontSize(8).fillColor(MUTED).text(`${brief.site} · brief`, { width: WIDTH });
  doc.moveDown(0.3);
  doc.font('bold').fontSize(15).fillColor(INK).text(brief.title, { width: WIDTH });
  doc.moveDown(0.4);
  doc.font('regular').fontSize(8.5).fillColor(INK);
  for (const sentence of brief.summary) doc.text(sentence, { width: WIDTH, paragraphGap: 2 });
  doc.moveDown(0.5);
}

// The drawings side by side (two to a row) at the text's width, all scaled down together when they
// would take more than their share of the page.
function charts(doc: Doc, svgs: string[], budget: number) {
  const columns = Math.min(2, svgs.length);
  const cell = (WIDTH - (columns - 1) * GAP) / Math.max(1, columns);
  const sizes = svgs.map(svgSize);
  const rows = Array.from({ length: Math.ceil(svgs.length / columns) }, (_, r) =>
    sizes.slice(r * columns, r * columns + columns),
  );
  const rowHeight = (row: typeof sizes) => Math.max(...row.map((size) => (cell * size.height) / size.width));
  const natural = rows.reduce((sum, row) => sum + rowHeight(row), 0) + (rows.length - 1) * GAP;
  const scale = Math.min(1, budget / Math.max(natural, 1));
  const width = cell * scale;
  const left = MARGIN + (WIDTH - (columns * width + (columns - 1) * GAP)) / 2;
  rows.forEach((row, r) => {
    row.forEach((size, c) => {
      const svg = svgs[r * columns + c];
      SVGtoPDF(doc as never, fitted(svg), left + c * (width + GAP), doc.y, {
        width,
        height: (width * size.height) / size.width,
        fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
      });
    });
    doc.y += rowHeight(row) * scale + GAP;
  });
  doc.x = MARGIN;
  doc.moveDown(0.3);
}

// The root element's own width and height would override the box given to svg-to-pdfkit: without
// them its viewBox is scaled into that box.
function fitted(svg: string): string {
  return svg.replace(/<svg\b[^>]*>/, (tag) => tag.replace(/\s(width|height)="[^"]*"/g, ''));
}

function svgSize(svg: string): { width: number; height: number } {
  const box = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Number(box?.[1] ?? /width="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
  const height = Number(box?.[2] ?? /height="([\d.]+)"/.exec(svg)?.[1] ?? 600);
  return { width, height };
}

const notesText = (brief: Brief) =>
  brief.notes
    .map((n) => `${n.number ? `${n.number}. ` : ''}${n.years ? `${n.years}: ${n.title}` : n.text}`)
    .join(' · ');
const claimText = (claim: Brief['claims'][number]) =>
  `“${claim.quote}” (${claim.year}, ${claim.flow}s): ${claim.explanation}`;
const sourceText = (source: Brief['sources'][number]) =>
  `${source.publisher}. ${source.indicator}. File ${source.file}, loaded ${source.loadedAt.slice(0, 10)}.`;
const versionText = ({ dataVersion: v, made }: Brief) =>
  `Data version ${v.id}${v.date ? `, recorded ${v.date}` : ''}. Made ${made}.`;

function section(doc: Doc, title: string) {
  doc.font('bold').fontSize(9).fillColor(INK).text(title, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.15);
  doc.font('regular').fontSize(7.5).fillColor(INK);
}

function notesAndClaims(doc: Doc, brief: Brief) {
  if (brief.notes.length > 0) {
    section(doc, `Notes${brief.notesSource ? ` (${brief.notesSource}, in our words)` : ''}`);
    doc.fontSize(7).text(notesText(brief), { width: WIDTH });
    doc.moveDown(0.5);
  }
  if (brief.claims.length > 0) {
    section(doc, 'The article’s claims checked against the data');
    for (const claim of brief.claims) doc.text(claimText(claim), { width: WIDTH });
    doc.moveDown(0.5);
  }
}

function footer(doc: Doc, brief: Brief) {
  section(doc, 'Sources');
  if (brief.sources.length === 0) doc.text('No file of either source covers this view.', { width: WIDTH });
  for (const source of brief.sources) {
    doc.text(sourceText(source), { width: WIDTH });
    doc.font('mono').fontSize(6.5).fillColor(MUTED).text(`SHA-256 ${source.sha256}`, { width: WIDTH });
    doc.font('regular').fontSize(7.5).fillColor(INK);
  }
  doc.moveDown(0.6);

  // The permalink and the citation beside the QR code that opens the same link.
  const textWidth = WIDTH - QR_SIZE - 14;
  const top = doc.y + QR_SIZE > PAGE.height - MARGIN ? (doc.addPage(), doc.y) : doc.y;
  doc.font('bold').fontSize(9).fillColor(INK).text('This view', MARGIN, top, { width: textWidth });
  doc.font('regular').fontSize(7.5);
  doc.text(versionText(brief), { width: textWidth });
  doc.text('Permalink: ', { width: textWidth, continued: true });
  doc.fillColor('#1f4e99').text(brief.permalink, { link: brief.permalink, underline: false });
  doc.fillColor(INK).moveDown(0.3);
  doc.font('bold').fontSize(7.5).text('Cite this view (APA)', { width: textWidth });
  doc.font('regular').text(apaCitation(brief), { width: textWidth });

  drawQrCode(doc, brief.permalink, MARGIN + WIDTH - QR_SIZE, top, QR_SIZE);
  doc.y = Math.max(doc.y, top + QR_SIZE);
}

// The QR code as filled squares, one run of dark modules per rectangle: vector, so it prints sharp
// at any size, and cheaper than parsing the SVG qrcode would make of it.
function drawQrCode(doc: Doc, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1) {
      if (!modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < modules.size && modules.get(row, col + 1)) col += 1;
      doc.rect(x + start * cell, y + row * cell, (col - start + 1) * cell, cell);
    }
  doc.fillColor('#000000').fill();
}
