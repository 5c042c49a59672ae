import type { FigureLine } from '@/lib/analyses/figure';
import { FIXED_SHARE_LABEL, FIXED_SHARE_REASON } from '@/lib/panel/fixed-share-estimates';
import { ESTIMATE_BAND_COLOR, lineStyle } from '../charts/chart-constants';

// The lines' names with their colour and dash, in HTML (the page) — the SVG export draws its own —
// and, when a panel has them, what the grey band of IMF fixed-share estimates means.
export function FigureLegend({ lines, estimates = false }: { lines: FigureLine[]; estimates?: boolean }) {
  return (
    <ul className="chart-legend analysis-legend">
      {lines.map((line) => {
        const style = lineStyle(line);
        return (
          <li key={line.key}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                stroke={style.color}
                strokeWidth="2.5"
                strokeDasharray={style.dash}
              />
            </svg>
            {line.name}
          </li>
        );
      })}
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
