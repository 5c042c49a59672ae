import { readFileSync } from 'node:fs';
import path from 'node:path';

// The brief's typefaces: Geist (the dashboard's face, from the geist package's TrueType files),
// embedded in every PDF so the text reads and searches the same on any machine. Read once.

const FONT_DIR = path.join(process.cwd(), 'node_modules/geist/dist/fonts');

const FILES = {
  regular: 'geist-sans/Geist-Regular.ttf',
  bold: 'geist-sans/Geist-SemiBold.ttf',
  mono: 'geist-mono/GeistMono-Regular.ttf',
} as const;

export type BriefFont = keyof typeof FILES;

let loaded: Record<BriefFont, Buffer> | null = null;

export function briefFonts(): Record<BriefFont, Buffer> {
  loaded ??= {
    regular: readFileSync(path.join(FONT_DIR, FILES.regular)),
    bold: readFileSync(path.join(FONT_DIR, FILES.bold)),
    mono: readFileSync(path.join(FONT_DIR, FILES.mono)),
  };
  return loaded;
}
