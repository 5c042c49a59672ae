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
const CHARTS_HEIGHT = 330; // the most the drawings may take, so the text below fits on the page
const INK = '#1a1a1a';
const MUTED = '#555555';

type Doc = InstanceType<typeof PDFDocument>;

export async function briefPdf(brief: Brief): Promise<Buffer> {
  const fonts = briefFonts();
  const made = new Date(`${brief.made}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: fonts.regular as unknown as string,
    displayTitle: true,
    lang: 'en',
    info: {
      Title: brief.title,
      Author: brief.site,
      Subject: brief.summary.join(' '),
      Keywords: keywords(brief),
      Creator: brief.site,
      CreationDate: made, // with the title, fixes the file's ID: the same view and day, the same bytes
      ModDate: made,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('mono', fonts.mono);
  const done = collect(doc);

  heading(doc, brief);
  charts(doc, brief.charts);
  notesAndClaims(doc, brief);
  await footer(doc, brief);
  doc.end();
  return done;
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
  doc.font('regular').fontSize(9.5).fillColor(INK);
  for (const sentence of brief.summary) doc.text(sentence, { width: WIDTH, paragraphGap: 2 });
  doc.moveDown(0.5);
}

// Each drawing at the text's width, all scaled down together when they would take more than their share.
function charts(doc: Doc, svgs: string[]) {
  const sizes = svgs.map(svgSize);
  const natural = sizes.reduce((sum, size) => sum + (WIDTH * size.height) / size.width, 0);
  const scale = Math.min(1, CHARTS_HEIGHT / Math.max(natural, 1));
  const width = WIDTH * scale;
  for (const [index, svg] of svgs.entries()) {
    const height = (width * sizes[index].height) / sizes[index].width;
    const x = MARGIN + (WIDTH - width) / 2;
    SVGtoPDF(doc as never, svg, x, doc.y, {
      width,
      height,
      fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
    });
    doc.y += height + 4;
  }
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

function svgSize(svg: string): { width: number; height: number } {
  const box = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Number(box?.[1] ?? /width="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
  const height = Number(box?.[2] ?? /height="([\d.]+)"/.exec(svg)?.[1] ?? 600);
  return { width, height };
}

function section(doc: Doc, title: string) {
  doc.font('bold').fontSize(9).fillColor(INK).text(title, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.15);
  doc.font('regular').fontSize(7.5).fillColor(INK);
}

function notesAndClaims(doc: Doc, brief: Brief) {
  if (brief.notes.length > 0) {
    section(doc, `Notes${brief.notesSource ? ` (${brief.notesSource}, in our words)` : ''}`);
    doc.text(brief.notes.map((n) => (n.years ? `${n.years}: ${n.title}` : n.text)).join(' · '), {
      width: WIDTH,
    });
    doc.moveDown(0.5);
  }
  if (brief.claims.length > 0) {
    section(doc, 'The article’s claims checked against the data');
    for (const claim of brief.claims)
      doc.text(`“${claim.quote}” (${claim.year}, ${claim.flow}s): ${claim.explanation}`, { width: WIDTH });
    doc.moveDown(0.5);
  }
}

async function footer(doc: Doc, brief: Brief) {
  section(doc, 'Sources');
  if (brief.sources.length === 0) doc.text('No file of either source covers this view.', { width: WIDTH });
  for (const source of brief.sources) {
    doc.text(
      `${source.publisher}. ${source.indicator}. File ${source.file}, loaded ${source.loadedAt.slice(0, 10)}. `,
      {
        width: WIDTH,
        continued: true,
      },
    );
    doc.font('mono').fontSize(6.5).text(`SHA-256 ${source.sha256}`);
    doc.font('regular').fontSize(7.5);
  }
  doc.moveDown(0.6);

  // The permalink and the citation beside the QR code that opens the same link.
  const textWidth = WIDTH - QR_SIZE - 14;
  const top = doc.y + QR_SIZE + 10 > PAGE.height - MARGIN ? (doc.addPage(), doc.y) : doc.y;
  const version = brief.dataVersion;
  doc.font('bold').fontSize(9).fillColor(INK).text('This view', MARGIN, top, { width: textWidth });
  doc.font('regular').fontSize(7.5);
  doc.text(
    `Data version ${version.id}${version.date ? `, recorded ${version.date}` : ''}. Made ${brief.made}.`,
    {
      width: textWidth,
    },
  );
  doc.text('Permalink: ', { width: textWidth, continued: true });
  doc.fillColor('#1f4e99').text(brief.permalink, { link: brief.permalink, underline: false });
  doc.fillColor(INK).moveDown(0.3);
  doc.font('bold').fontSize(7.5).text('Cite this view (APA)', { width: textWidth });
  doc.font('regular').text(apaCitation(brief), { width: textWidth });

  const qr = await QRCode.toString(brief.permalink, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  SVGtoPDF(doc as never, qr, MARGIN + WIDTH - QR_SIZE, top, { width: QR_SIZE, height: QR_SIZE });
}
