import type { ReactNode } from 'react';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

// A stand-alone SVG image on white, at its own size: the root of every exported image and preview card.
export function SvgPage({ width, height, children }: { width: number; height: number; children: ReactNode }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT}
    >
      <rect width={width} height={height} fill="#fff" />
      {children}
    </svg>
  );
}

type LinesProps = {
  lines: string[];
  x: number;
  y: number;
  step: number;
  size: number;
  fill: string;
  bold?: boolean;
};

// Lines of text one below the other, the first on baseline y, each `step` below the last.
export function SvgTextLines({ lines, x, y, step, size, fill, bold = false }: LinesProps) {
  return lines.map((line, i) => (
    <text key={i} x={x} y={y + i * step} fontSize={size} fontWeight={bold ? 700 : undefined} fill={fill}>
      {line}
    </text>
  ));
}
