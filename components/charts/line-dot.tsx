import type { LineLook } from './chart-constants';
// A point marker in the partner's shape, so lines can be told apart without colour.
type Props = { cx?: number | null; cy?: number | null; shape: string; color: string };

export function LineDot({ cx, cy, shape, color }: Props) {
  if (cx == null || cy == null || Number.isNaN(cx) || Number.isNaN(cy)) return <g />;
  const r = 3.5;
  if (shape === 'ring')
    return <circle cx={cx} cy={cy} r={r - 0.5} fill="#fff" stroke={color} strokeWidth={1.5} />;
  if (shape === 'square') return <rect x={cx - r} y={cy - r} width={r * 2} height={r * 2} fill={color} />;
  if (shape === 'diamond')
    return (
      <polygon
        points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
        fill={color}
      />
    );
  if (shape === 'triangle')
    return (
      <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} fill={color} />
    );
  return <circle cx={cx} cy={cy} r={r} fill={color} />;
}

// A legend's sample of one line, 32 pixels long from (x, y): its colour, dash and marker.
export function LineSwatch({ x, y, look }: { x: number; y: number; look: LineLook }) {
  const { marker, ...stroke } = look;
  return (
    <>
      <line x1={x} x2={x + 32} y1={y} y2={y} {...stroke} />
      {marker === null ? null : <LineDot cx={x + 16} cy={y} shape={marker} color={stroke.stroke} />}
    </>
  );
}
