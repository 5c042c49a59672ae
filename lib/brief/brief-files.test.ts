import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Brief } from './brief';
import { briefPdf } from './brief-pdf';
import { briefWorkbook } from './brief-workbook';

// The PDF and the workbook of a made-up view, read back by poppler, zbarimg and exceljs. The
// e2e spec (tests/e2e/briefs.spec.ts) reads the real views'.

const work = mkdtempSync(path.join(tmpdir(), 'brief-files-'));
const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: 'utf8' });

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="420" viewBox="0 0 960 420">` +
  `<rect width="960" height="420" fill="#fff"/><path d="M20 400 L940 20" stroke="#000"/>` +
  `<text x="40" y="40" font-size="20">${label}</text></svg>`;

const brief = (words: number): Brief => ({
  site: 'Test dashboard',
  title: 'Ruritania’s imports from Freedonia, 2001–2003',
  summary: ['Freedonia’s share rose.', 'lorem '.repeat(words)],
  charts: [svg('Panel one'), svg('Panel two')],
  notes: [{ number: 1, years: '2002', title: 'A treaty', text: 'A treaty was signed.' }],
  notesSource: 'The Gazette, 2019',
  claims: [],
  sources: [
    {
      id: 'src',
      publisher: 'A publisher',
      indicator: 'Partner share',
      unit: 'percent',
      url: 'https://example.org/data',
      file: 'data/example.csv',
      sha256: 'f'.repeat(64),
      loadedAt: '2026-12-01T09:00:00.000Z',
    },
  ],
  dataVersion: { id: 3, date: '2026-12-01' },
  viewUrl: 'https://trade.example/?partners=FRE',
  permalink: 'https://trade.example/v/AbCdEf_123',
  made: '2026-12-03',
  table: {
    columns: ['partner_name', 'year', 'value', 'gap_reason'],
    rows: [
      ['Freedonia', 2001, 12.5, ''],
      ['Freedonia', 2002, null, 'not among the top five partners'],
      ['Freedonia', 2003, 1234.25, ''],
    ],
  },
  fileStem: 'ruritania-freedonia-2001-2003',
});

describe('a brief as a PDF', () => {
  it('is one A4 page with embedded fonts, its title in the metadata and its permalink as text and QR', async () => {
    const file = path.join(work, 'short.pdf');
    writeFileSync(file, await briefPdf(brief(10)));
    const info = tool('pdfinfo', file);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(info).toMatch(/^Title:\s+Ruritania’s imports from Freedonia, 2001–2003$/m);
    const text = tool('pdftotext', file, '-').replace(/\s+/g, ' ');
    expect(text).toContain('https://trade.example/v/AbCdEf_123');
    expect(text).toContain('1. 2002: A treaty');
    expect(text).toContain(`SHA-256 ${'f'.repeat(64)}`);
    expect(text).toContain('Panel two'); // the drawing's own text, as text
    for (const line of tool('pdffonts', file).split('\n').slice(2).filter(Boolean))
      expect(line).toMatch(/Geist.*\byes\b/);
    tool('pdftoppm', '-r', '200', '-png', '-singlefile', file, path.join(work, 'short'));
    expect(tool('zbarimg', '--quiet', '--raw', path.join(work, 'short.png')).trim()).toBe(
      'https://trade.example/v/AbCdEf_123',
    );
  });

  it('shrinks the drawings for long words, and runs to a second page only when even that is not enough', async () => {
    const pages = async (words: number) => {
      const file = path.join(work, `long-${words}.pdf`);
      writeFileSync(file, await briefPdf(brief(words)));
      return Number(/^Pages:\s+(\d+)$/m.exec(tool('pdfinfo', file))![1]);
    };
    expect(await pages(700)).toBe(1);
    expect(await pages(3000)).toBeGreaterThan(1);
  });
});

describe('a brief as a workbook', () => {
  it('keeps numbers as numbers with formats, a gap as an empty cell beside its reason, and the citation', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await briefWorkbook(brief(10))) as unknown as ArrayBuffer);
    const data = book.getWorksheet('Data')!;
    expect(data.getRow(2).values).toEqual([undefined, 'Freedonia', 2001, 12.5]);
    expect(data.getCell('C3').value).toBeNull();
    expect(data.getCell('D3').value).toBe('not among the top five partners');
    expect(data.getCell('B2').numFmt).toBe('0');
    expect(data.getCell('C4').numFmt).toBe('#,##0.00');
    expect(book.getWorksheet('Notes')!.getRow(2).values).toEqual([
      undefined,
      'note (The Gazette, 2019)',
      1,
      '2002',
      'A treaty',
      'A treaty was signed.',
    ]);
    const about = book.getWorksheet('About')!;
    expect(about.getCell('B4').value).toBe('https://trade.example/v/AbCdEf_123');
    expect(String(about.getCell('B9').value)).toMatch(/^@misc\{/);
  });
});
