import type { ChartLine } from '@/lib/panel/panel-model';
import { lineLook } from './chart-constants';
import { LineSwatch } from './line-dot';

type Props = { lines: ChartLine[]; x: number; y: number; direction: 'row' | 'column'; fontSize: number };

// The legend inside an image download (the page's own legend is HTML: chart-legend.tsx).
export function ChartLegendSvg({ lines, x, y, direction, fontSize }: Props) {
  // Each entry starts where the ones before it end: a row grows with the names' lengths.
  const steps = lines.map((line) =>
    direction === 'row' ? 56 + line.name.length * fontSize * 0.56 : fontSize * 1.5,
  );
  const offsets = steps.map((_, index) => steps.slice(0, index).reduce((sum, step) => sum + step, 0));
  return (
    <g>
      {lines.map((line, index) => {
        const offset = offsets[index];
        const [lx, ly] = direction === 'row' ? [x + offset, y] : [x, y + offset];
        return (
          <g key={line.dataKey}>
            <LineSwatch x={lx} y={ly} look={lineLook(line)} />
            <text x={lx + 40} y={ly} dy="0.35em" fontSize={fontSize} fill="#1a1a1a">
              {line.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}
