import type { FigureLine } from '@/lib/analyses/figure';
import { PARTNER_STYLES } from '../charts/chart-constants';

// The lines' names with their colour and dash, in HTML (the page) — the SVG export draws its own.
export function FigureLegend({ lines }: { lines: FigureLine[] }) {
  return (
    <ul className="chart-legend analysis-legend">
      {lines.map((line) => {
        const style = PARTNER_STYLES[line.styleIndex % PARTNER_STYLES.length];
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
    </ul>
  );
}
