'use client';
import { formatDifference, formatValue } from '@/lib/panel/format';
import { notesInYear, noteYears } from '@/lib/panel/notes';
import type { PanelModel } from '@/lib/panel/panel-model';
import { FIXED_SHARE_REASON } from '@/lib/panel/fixed-share-estimates';
import { ValueMarks } from '../ui/value-marks';

// What a reader gets for one year: each partner's value with unit (or why there is none), the
// difference between the first two partners, and the article's notes for that year.
export function ChartTooltip({ model, year }: { model: PanelModel; year: number | undefined }) {
  if (year === undefined) return null;
  const partners = [...model.points.keys()];
  const values = partners.map((partner) => model.points.get(partner)?.get(year));
  const [a, b] = values;
  const notes = notesInYear(model.notes, year);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-year">{year}</p>
      <ul>
        {partners.map((partner, index) => {
          const point = values[index];
          const name = model.partnerNames.get(partner);
          if (point?.value !== null && point?.value !== undefined) {
            return (
              <li key={partner}>
                {name}: <strong>{formatValue(point.value, model.measure)}</strong>
                <ValueMarks flag={point.flag} fixedShare={point.fixedShare} />
              </li>
            );
          }
          return (
            <li key={partner}>
              {name}: <strong>no value</strong>
              {point?.filled ? <> — IMF DOTS: {formatValue(point.filled.value, model.measure)}</> : null}
              {point?.reason ? <span className="muted"> {point.reason}</span> : null}
            </li>
          );
        })}
      </ul>
      {a?.value != null && b?.value != null ? (
        <p>
          {model.partnerNames.get(partners[0])} − {model.partnerNames.get(partners[1])}:{' '}
          <strong>{formatDifference(a.value - b.value, model.measure)}</strong>
        </p>
      ) : null}
      {values.some((point) => point?.fixedShare || point?.filled?.fixedShare) ? (
        <p className="chart-tooltip-estimate">{FIXED_SHARE_REASON}</p>
      ) : null}
      {notes.map((note) => (
        <p key={note.id} className="chart-tooltip-note">
          Note {note.number} ({noteYears(note)}): {note.title}
        </p>
      ))}
    </div>
  );
}
