import type { ChartLine } from '@/lib/panel/panel-model';
import { lineLook } from './chart-constants';
import { LineSwatch } from './line-dot';

// An HTML legend (readable by screen readers and in print) with each line's dash and marker.
export function ChartLegend({ lines }: { lines: ChartLine[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {lines.map((line) => (
        <li key={line.dataKey} data-link-version={line.linkVersion || undefined}>
          <svg width="36" height="12" aria-hidden="true">
            <LineSwatch x={2} y={6} look={lineLook(line)} />
          </svg>
          {line.name}
        </li>
      ))}
    </ul>
  );
}
