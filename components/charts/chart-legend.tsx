import type { ChartLine } from '@/lib/panel-model';
import { FILLED_DASH, FILLED_OPACITY, lineStyle } from './chart-constants';
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
              stroke={lineStyle(line).color}
              strokeWidth="2.25"
              strokeDasharray={line.filled ? FILLED_DASH : lineStyle(line).dash}
              strokeOpacity={line.filled ? FILLED_OPACITY : 1}
            />
            {line.filled ? null : (
              <LineDot cx={18} cy={6} shape={lineStyle(line).shape} color={lineStyle(line).color} />
            )}
          </svg>
          {line.name}
        </li>
      ))}
    </ul>
  );
}
