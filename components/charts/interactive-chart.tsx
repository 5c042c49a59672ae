'use client';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { isEstimatedYear, isMarked, type PanelModel } from '@/lib/panel/panel-model';
import { MEASURE_UNITS } from '@/lib/view-state/trade-terms';
import {
  CHART_HEIGHT,
  CHART_INITIAL_WIDTH,
  ESTIMATE_BAND_COLOR,
  HIGHLIGHT_COLOR,
  lineLook,
  markerSpace,
  NOTE_COLOR,
} from './chart-constants';
import { tickLabel, yearAxisTicks } from '@/lib/panel/axis-ticks';
import { valueTicks } from './chart-geometry';
import { ChartTooltip } from './chart-tooltip';
import { LineDot } from './line-dot';
import { NoteMarker } from './note-marker';

type Props = {
  model: PanelModel;
  showNotes: boolean;
  selectedNoteId: string | null;
  onOpenNote: (id: string) => void;
};

// Draws a panel's model with Recharts (tooltips, keyboard, note markers); all decisions about what
// to draw were made in lib/panel/panel-model.ts.
export function InteractiveChart({ model, showNotes, selectedNoteId, onOpenNote }: Props) {
  const years = model.rows.map((row) => row.year);
  const [first, last] = [years[0], years[years.length - 1]];
  const selected = model.notes.find((note) => note.id === selectedNoteId);
  const yTicks = valueTicks(
    model.rows,
    model.lines.map((line) => line.dataKey),
  );
  return (
    <div className="chart-frame">
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: CHART_INITIAL_WIDTH, height: CHART_HEIGHT }}
      >
        <LineChart
          data={model.rows}
          margin={{ top: showNotes ? markerSpace(model.notes) : 12, right: 18, bottom: 22, left: 6 }}
          accessibilityLayer
          title={`${model.title}: interactive chart; use the arrow keys to step through the years`}
          desc={model.summary}
        >
          <CartesianGrid stroke="#e3e3e3" vertical={false} />
          <XAxis
            dataKey="year"
            type="number"
            domain={[first, last]}
            allowDecimals={false}
            ticks={yearAxisTicks(first, last, 8)}
            tick={{ fill: '#333', fontSize: 12 }}
            label={{ value: 'Year', position: 'insideBottom', offset: -14, fill: '#333', fontSize: 12 }}
          />
          <YAxis
            ticks={yTicks}
            domain={[0, yTicks[yTicks.length - 1]]}
            tick={{ fill: '#333', fontSize: 12 }}
            tickFormatter={tickLabel}
            width={62}
            label={{
              value: MEASURE_UNITS[model.measure].axis,
              angle: -90,
              position: 'insideLeft',
              offset: 10,
              fill: '#333',
              fontSize: 12,
              style: { textAnchor: 'middle' },
            }}
          />
          {model.estimated.map((span) => (
            <ReferenceArea
              key={`estimate${span.firstYear}`}
              x1={Math.max(first, span.firstYear - 0.5)}
              x2={Math.min(last, span.lastYear + 0.5)}
              fill={ESTIMATE_BAND_COLOR}
              fillOpacity={1}
              ifOverflow="hidden"
              className="estimate-band"
            />
          ))}
          {selected ? (
            <ReferenceArea
              x1={Math.max(first, selected.yearFrom - 0.5)}
              x2={Math.min(last, selected.yearTo + 0.5)}
              fill={HIGHLIGHT_COLOR}
              fillOpacity={0.6}
              ifOverflow="hidden"
            />
          ) : null}
          {showNotes
            ? model.notes.map((note) => {
                const marker = (
                  <NoteMarker note={note} selected={note.id === selectedNoteId} onOpen={onOpenNote} />
                );
                return note.yearFrom === note.yearTo ? (
                  <ReferenceLine
                    key={note.id}
                    x={note.yearFrom}
                    stroke={NOTE_COLOR}
                    strokeDasharray="3 3"
                    label={marker}
                  />
                ) : (
                  <ReferenceArea
                    key={note.id}
                    x1={Math.max(first, note.yearFrom)}
                    x2={Math.min(last, note.yearTo)}
                    fill={NOTE_COLOR}
                    fillOpacity={0.1}
                    label={marker}
                    ifOverflow="hidden"
                  />
                );
              })
            : null}
          {model.lines.map((line) => {
            const { marker, ...stroke } = lineLook(line);
            return (
              <Line
                key={line.dataKey}
                dataKey={line.dataKey}
                name={line.name}
                type="linear"
                {...stroke}
                connectNulls={false}
                isAnimationActive={false}
                dot={
                  marker === null
                    ? false
                    : (props) => (
                        <LineDot
                          key={`${line.dataKey}-${props.index}`}
                          cx={isMarked(line, model.rows[props.index]?.year) ? props.cx : null}
                          cy={props.cy}
                          shape={isEstimatedYear(model, model.rows[props.index]?.year) ? 'ring' : marker}
                          color={stroke.stroke}
                        />
                      )
                }
                activeDot={{ r: 5, stroke: '#fff', strokeWidth: 2 }}
              />
            );
          })}
          <Tooltip
            content={({ label }) => (
              <ChartTooltip model={model} year={typeof label === 'number' ? label : undefined} />
            )}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
