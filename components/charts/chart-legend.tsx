import type { ChartLine } from '@/lib/panel/panel-model';
import { FIXED_SHARE_LABEL, FIXED_SHARE_REASON } from '@/lib/panel/fixed-share-estimates';
import { ESTIMATE_BAND_COLOR, lineLook } from './chart-constants';
import { LineDot, LineSwatch } from './line-dot';

// An HTML legend (readable by screen readers and in print) with each line's dash and marker, and,
// when the panel has them, what the grey band of IMF fixed-share estimates means.
export function ChartLegend({ lines, estimates = false }: { lines: ChartLine[]; estimates?: boolean }) {
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
      {estimates ? (
        <li data-legend="estimate" title={FIXED_SHARE_REASON}>
          <svg width="36" height="12" aria-hidden="true">
            <rect x="0" y="0" width="36" height="12" fill={ESTIMATE_BAND_COLOR} />
            <LineDot cx={18} cy={6} shape="ring" color="#333" />
          </svg>
          {FIXED_SHARE_LABEL} (grey band, hollow points)
        </li>
      ) : null}
    </ul>
  );
}
