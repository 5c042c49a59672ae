import type { ChartLine } from '@/lib/panel/panel-model';
import { lineLook } from './chart-constants';
import { LineDot } from './line-dot';

// An HTML legend (readable by screen readers and in print) with each line's dash and marker.
export function ChartLegend({ lines }: { lines: ChartLine[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {lines.map((line) => {
        const look = lineLook(line);
        return (
          <li key={line.dataKey} data-link-version={line.linkVersion || undefined}>
            <svg width="36" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2="34"
                y2="6"
                stroke={look.color}
                strokeWidth={look.width}
                strokeDasharray={look.dash}
                strokeOpacity={look.opacity}
                strokeLinecap={look.linecap}
              />
              {look.marker === null ? null : (
                <LineDot cx={18} cy={6} shape={look.marker} color={look.color} />
              )}
            </svg>
            {line.name}
          </li>
        );
      })}
    </ul>
  );
}
