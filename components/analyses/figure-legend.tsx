import type { FigureLine } from '@/lib/analyses/figure';
import { FIXED_SHARE_LABEL, FIXED_SHARE_REASON } from '@/lib/panel/fixed-share-estimates';
import { ESTIMATE_BAND_COLOR, lineStyle } from '../charts/chart-constants';

// The lines' names with their colour and dash, in HTML (the page; the SVG export sets the same
// samples beside its own text), and, when a panel has them, what the grey band of IMF fixed-share
// estimates means.
export function FigureLegend({ lines, estimates = false }: { lines: FigureLine[]; estimates?: boolean }) {
  return (
    <ul className="chart-legend analysis-legend">
      {lines.map((line) => (
        <li key={line.key}>
          <svg width="28" height="10" aria-hidden="true">
            <FigureLineSample x={0} y={5} line={line} />
          </svg>
          {line.name}
        </li>
      ))}
      {estimates && (
        <li data-legend="estimate" title={FIXED_SHARE_REASON}>
          <svg width="28" height="12" aria-hidden="true">
            <rect x="0" y="0" width="28" height="12" fill={ESTIMATE_BAND_COLOR} />
            <circle cx="14" cy="6" r="3" fill="#fff" stroke="#333" strokeWidth="1.5" />
          </svg>
          {FIXED_SHARE_LABEL} (grey band, hollow points)
        </li>
      )}
    </ul>
  );
}

// A figure line's sample, 28 pixels long from (x, y): the page's legend and the exported figure's.
export function FigureLineSample({ x, y, line }: { x: number; y: number; line: FigureLine }) {
  const { color, dash } = lineStyle(line);
  return <line x1={x} x2={x + 28} y1={y} y2={y} stroke={color} strokeWidth={2.5} strokeDasharray={dash} />;
}
