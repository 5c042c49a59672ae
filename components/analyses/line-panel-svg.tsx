import { largestValue, type Figure, type FigurePanel } from '@/lib/analyses/figure';
import { estimatedSpans, FIXED_SHARE_REASON } from '@/lib/panel/fixed-share-estimates';
import { valueAxisTicks, yearAxisTicks } from '@/lib/panel/axis-ticks';
import { ESTIMATE_BAND_COLOR, ESTIMATE_MARKER_FILL, lineStyle } from '../charts/chart-constants';
import { linePath } from '../charts/chart-geometry';

// One small-multiple panel as plain SVG, drawn on the server: what the page shows, prints and
// exports. A missing value breaks the line: a gap stays a gap, never a zero. Years that are IMF
// estimates with fixed partner shares sit on a grey band, with hollow markers.

export const PANEL_SIZE = { width: 320, height: 220 };
const PAD = { left: 48, right: 10, top: 12, bottom: 28 };

type Props = {
  panel: FigurePanel;
  scale: Pick<Figure, 'from' | 'to' | 'yMax'>; // the figure's years, and its shared yMax (null: the panel's own)
  label: string; // what a screen reader hears for the picture
  placement?: { x: number; y: number; width: number; height: number };
  // On the page, a panel whose years can be explored (figure-interactions.ts): the panel takes the
  // focus, each point carries its value as text, and a hidden cursor waits for the island.
  explore?: LinePanelExplore;
};
export type LinePanelExplore = { valueText: (value: number) => string };

// What the island reads to map a pointer or a key to a year: the years' span and where it is drawn.
function exploreAttributes(panel: FigurePanel, from: number, to: number, label: string) {
  return {
    tabIndex: 0,
    'aria-label': `${label} Focus it and use the arrow keys for each year’s values.`,
    'data-explore': '',
    'data-title': panel.title,
    'data-from': from,
    'data-to': to,
    'data-x0': PAD.left,
    'data-x1': PANEL_SIZE.width - PAD.right,
  };
}

export function LinePanelSvg({ panel, scale: { from, to, yMax }, label, placement, explore }: Props) {
  const { width, height } = PANEL_SIZE;
  const ticks = valueAxisTicks(yMax ?? largestValue([panel]));
  const top = ticks[ticks.length - 1];
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const x = (year: number) => PAD.left + (to === from ? plotW / 2 : ((year - from) / (to - from)) * plotW);
  const y = (value: number) => PAD.top + plotH - (value / top) * plotH;
  const bottom = PAD.top + plotH;
  const halfYear = to === from ? plotW / 2 : plotW / (to - from) / 2;
  const chartRows = panel.rows.map((row) => ({ ...row.values, year: row.year })); // as linePath reads them
  return (
    <svg
      className="analysis-panel-svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, sans-serif"
      {...placement}
      {...(explore ? exploreAttributes(panel, from, to, label) : {})}
    >
      {ticks.map((tick) => (
        <g key={`y${tick}`}>
          <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e3e3e3" />
          <text x={PAD.left - 5} y={y(tick)} dy="0.35em" textAnchor="end" fontSize={12} fill="#333">
            {tick.toLocaleString('en-US')}
          </text>
        </g>
      ))}
      {estimatedSpans(panel.rows.map((row) => ({ year: row.year, fixedShare: row.estimated }))).map(
        (span) => (
          <rect
            key={`estimate${span.firstYear}`}
            data-estimate-band={`${span.firstYear}-${span.lastYear}`}
            x={Math.max(PAD.left, x(span.firstYear) - halfYear)}
            width={
              Math.min(width - PAD.right, x(span.lastYear) + halfYear) -
              Math.max(PAD.left, x(span.firstYear) - halfYear)
            }
            y={PAD.top}
            height={plotH}
            fill={ESTIMATE_BAND_COLOR}
          >
            <title>{`${span.firstYear}–${span.lastYear}: ${FIXED_SHARE_REASON}`}</title>
          </rect>
        ),
      )}
      <line x1={PAD.left} x2={width - PAD.right} y1={bottom} y2={bottom} stroke="#666" />
      {yearAxisTicks(from, to, 6).map((year) => (
        <g key={`x${year}`}>
          <line x1={x(year)} x2={x(year)} y1={bottom} y2={bottom + 4} stroke="#666" />
          <text x={x(year)} y={bottom + 17} textAnchor="middle" fontSize={12} fill="#333">
            {year}
          </text>
        </g>
      ))}
      {panel.lines.map((line) => {
        const style = lineStyle(line);
        const d = linePath(chartRows, line.key, x, y);
        return (
          <g key={line.key} data-line={line.key} data-name={explore ? line.name : undefined}>
            <path d={d} fill="none" stroke={style.color} strokeWidth={2} strokeDasharray={style.dash} />
            {panel.rows.map((row) =>
              row.values[line.key] == null ? null : (
                <circle
                  key={row.year}
                  cx={x(row.year)}
                  cy={y(row.values[line.key]!)}
                  r={row.estimated ? 2.75 : 2.25}
                  fill={row.estimated ? ESTIMATE_MARKER_FILL : style.color}
                  stroke={row.estimated ? style.color : undefined}
                  strokeWidth={row.estimated ? 1.5 : undefined}
                  data-estimated={row.estimated ? '' : undefined}
                  data-year={explore ? row.year : undefined}
                  data-value={explore ? explore.valueText(row.values[line.key]!) : undefined}
                />
              ),
            )}
          </g>
        );
      })}
      {explore ? (
        <line
          className="year-cursor"
          x1={0}
          x2={0}
          y1={PAD.top}
          y2={bottom}
          stroke="#1a1a1a"
          visibility="hidden"
        />
      ) : null}
    </svg>
  );
}
