import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

// The brief's typefaces: Geist (the dashboard's face, from the geist package's TrueType files),
// embedded in every PDF so the text reads and searches the same on any machine. Parsed once
// (fontkit, as pdfkit does) and handed to every document: parsing them anew was half a brief's CPU.

const FONT_DIR = path.join(process.cwd(), 'node_modules/geist/dist/fonts');

const FILES = {
  regular: 'geist-sans/Geist-Regular.ttf',
  bold: 'geist-sans/Geist-SemiBold.ttf',
  mono: 'geist-mono/GeistMono-Regular.ttf',
} as const;

export type BriefFont = keyof typeof FILES;

type Font = fontkit.Font;
let loaded: Record<BriefFont, Font> | null = null;

const open = (file: string) => fontkit.create(readFileSync(path.join(FONT_DIR, file))) as Font;

export function briefFonts(): Record<BriefFont, Font> {
  loaded ??= { regular: open(FILES.regular), bold: open(FILES.bold), mono: open(FILES.mono) };
  return loaded;
}
