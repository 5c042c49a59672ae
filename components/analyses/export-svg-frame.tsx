import type { ReactNode } from 'react';
import { wrapWords } from '@/lib/analyses/figure';
import { SvgPage, SvgTextLines } from '../charts/svg-page';

export const EXPORT_WIDTH = 1000;
export const EXPORT_PAD = 24;
const LINE = 20;
const FOOT_LINE = 18;

export type ExportHeader = { title: string[]; summary: string[]; bottom: number };

// The title and summary of an exported image, wrapped, and where the drawing below them may start.
export function exportHeader(title: string, summary: string): ExportHeader {
  const titleLines = wrapWords(title, 70);
  const summaryLines = wrapWords(summary, 120);
  return {
    title: titleLines,
    summary: summaryLines,
    bottom: EXPORT_PAD + titleLines.length * 30 + summaryLines.length * LINE,
  };
}

type Props = { header: ExportHeader; footer: string[]; footY: number; children: ReactNode };

// What every exported analysis image shares: a white page, the title and summary on top, the
// source and address lines at the foot (from footY); the drawing in between is the caller's.
export function ExportSvgFrame({ header, footer, footY, children }: Props) {
  const height = footY + footer.length * FOOT_LINE + EXPORT_PAD;
  return (
    <SvgPage width={EXPORT_WIDTH} height={height}>
      <SvgTextLines
        lines={header.title}
        x={EXPORT_PAD}
        y={EXPORT_PAD + 22}
        step={30}
        size={24}
        fill="#1a1a1a"
        bold
      />
      <SvgTextLines
        lines={header.summary}
        x={EXPORT_PAD}
        y={EXPORT_PAD + header.title.length * 30 + 14}
        step={LINE}
        size={15}
        fill="#333"
      />
      {children}
      <SvgTextLines lines={footer} x={EXPORT_PAD} y={footY} step={FOOT_LINE} size={13} fill="#444" />
    </SvgPage>
  );
}
