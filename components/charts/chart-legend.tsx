import { FILLED_DASH, FILLED_OPACITY } from './chart-constants';
import type { ChartLine } from './chart-model';
import { LineDot } from './line-dot';

// An HTML legend (readable by screen readers and in print) with each line's dash and marker.
export function ChartLegend({ lines }: { lines: ChartLine[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {lines.map((line) => (
        <li key={line.dataKey}>
          <svg width="36" height="12" aria-hidden="true">
            <line
              x1="2"
              y1="6"
              x2="34"
              y2="6"
              stroke={line.style.color}
              strokeWidth="2.25"
              strokeDasharray={line.filled ? FILLED_DASH : line.style.dash}
              strokeOpacity={line.filled ? FILLED_OPACITY : 1}
            />
            {line.filled ? null : (
              <LineDot cx={18} cy={6} shape={line.style.shape} color={line.style.color} />
            )}
          </svg>
          {line.name}
        </li>
      ))}
    </ul>
  );
}
