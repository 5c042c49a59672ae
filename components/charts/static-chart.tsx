import { tickLabel } from '@/lib/panel/axis-ticks';
import { MEASURE_UNITS } from '@/lib/view-state/trade-terms';
import { isEstimatedYear, isMarked, type PanelModel } from '@/lib/panel/panel-model';
import { FIXED_SHARE_REASON } from '@/lib/panel/fixed-share-estimates';
import { ESTIMATE_BAND_COLOR, lineLook, MARKER_LANE_HEIGHT, NOTE_COLOR } from './chart-constants';
import { linePath, scales, staticFrame } from './chart-geometry';
import { LineDot } from './line-dot';
import { NoteBadge } from './note-badge';

// The panel as plain SVG, drawn from the same model as the interactive chart. Recharts 3 draws only
// in the browser, so this is what the server sends (the chart is there before any JavaScript runs),
// what prints, and what the SVG and PNG downloads are made of.
type Props = {
  model: PanelModel;
  showNotes: boolean;
  title?: string;
  placement?: { x: number; y: number; width: number; height: number };
  size?: { width: number; height: number }; // the frame's size before notes (chart-geometry.ts staticFrame)
};

export function StaticChart({ model, showNotes, title, placement, size }: Props) {
  const frame = staticFrame(model, size);
  const { x, y, xTicks, yTicks, from, to } = scales(
    model.rows,
    model.lines.map((line) => line.dataKey),
    frame,
  );
  const bottom = frame.height - frame.bottom;
  return (
    <svg
      className="static-chart"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-label={title ?? model.summary}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, sans-serif"
      {...placement}
    >
      {yTicks.map((tick) => (
        <g key={`y${tick}`}>
          <line x1={frame.left} x2={frame.width - frame.right} y1={y(tick)} y2={y(tick)} stroke="#e3e3e3" />
          <text x={frame.left - 6} y={y(tick)} dy="0.35em" textAnchor="end" fontSize={14} fill="#333">
            {tickLabel(tick)}
          </text>
        </g>
      ))}
      {model.estimated.map((span) => {
        const [x1, x2] = [x(Math.max(from, span.firstYear - 0.5)), x(Math.min(to, span.lastYear + 0.5))];
        return (
          <rect
            key={`estimate${span.firstYear}`}
            data-estimate-band={`${span.firstYear}-${span.lastYear}`}
            x={x1}
            y={frame.top}
            width={x2 - x1}
            height={bottom - frame.top}
            fill={ESTIMATE_BAND_COLOR}
          >
            <title>{`${span.firstYear}–${span.lastYear}: ${FIXED_SHARE_REASON}`}</title>
          </rect>
        );
      })}
      <line x1={frame.left} x2={frame.width - frame.right} y1={bottom} y2={bottom} stroke="#666" />
      {xTicks.map((year) => (
        <g key={`x${year}`}>
          <line x1={x(year)} x2={x(year)} y1={bottom} y2={bottom + 5} stroke="#666" />
          <text x={x(year)} y={bottom + 18} textAnchor="middle" fontSize={14} fill="#333">
            {year}
          </text>
        </g>
      ))}
      <text
        x={(frame.left + frame.width - frame.right) / 2}
        y={frame.height - 4}
        textAnchor="middle"
        fontSize={14}
        fill="#333"
      >
        Year
      </text>
      <text
        transform={`translate(14 ${(frame.top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={14}
        fill="#333"
      >
        {MEASURE_UNITS[model.measure].axis}
      </text>
      {showNotes
        ? model.notes.map((note) => {
            const x1 = x(Math.max(from, note.yearFrom));
            const x2 = x(Math.min(to, note.yearTo));
            return (
              <g key={note.id} className="static-note">
                {x1 === x2 ? (
                  <line
                    x1={x1}
                    x2={x1}
                    y1={frame.top}
                    y2={bottom}
                    stroke={NOTE_COLOR}
                    strokeDasharray="3 3"
                  />
                ) : (
                  <rect
                    x={x1}
                    y={frame.top}
                    width={x2 - x1}
                    height={bottom - frame.top}
                    fill={NOTE_COLOR}
                    fillOpacity={0.1}
                  />
                )}
                <NoteBadge
                  x={(x1 + x2) / 2}
                  y={frame.top - 13 - note.lane * MARKER_LANE_HEIGHT}
                  number={note.number}
                />
              </g>
            );
          })
        : null}
      {model.lines.map((line) => {
        const { marker, ...stroke } = lineLook(line);
        return (
          <g key={line.dataKey} className="static-line" data-key={line.dataKey}>
            <path d={linePath(model.rows, line.dataKey, x, y)} fill="none" {...stroke} />
            {marker === null
              ? null
              : model.rows.map((row) =>
                  row[line.dataKey] == null || !isMarked(line, row.year) ? null : (
                    <LineDot
                      key={row.year}
                      cx={x(row.year)}
                      cy={y(row[line.dataKey] as number)}
                      shape={isEstimatedYear(model, row.year) ? 'ring' : marker}
                      color={stroke.stroke}
                    />
                  ),
                )}
          </g>
        );
      })}
    </svg>
  );
}
