import { formatDifference, formatValue } from '@/lib/panel/format';
import { gapNotes } from '@/lib/panel/gap-notes';
import { noteLabel, notesInYear } from '@/lib/panel/notes';
import type { PanelModel } from '@/lib/panel/panel-model';
import { FIXED_SHARE_LABEL, FIXED_SHARE_REASON, stretchYearsText } from '@/lib/panel/fixed-share-estimates';
import { FLAGS } from '@/lib/view-state/trade-terms';
import { ValueMarks } from '../ui/value-marks';

type Props = { model: PanelModel; caption: string; visible: boolean };

// The panel's numbers as a table: the same points the chart draws; each gap marked with a letter and
// each reason said once under the table (lib/panel/gap-notes.ts).
export function DataTable({ model, caption, visible }: Props) {
  const partners = [...model.points.keys()];
  const showDifference = partners.length >= 2;
  const flags = [
    ...new Set(
      [...model.points.values()].flatMap((points) =>
        [...points.values()].map((p) => p.flag).filter((f): f is string => !!f),
      ),
    ),
  ];
  const gaps = gapNotes(model.points);
  const gapsId = `gaps-${model.flow}`;
  return (
    <div className={visible ? 'table-scroll' : 'visually-hidden'} data-testid={`table-${model.flow}`}>
      <table className="data-table numeric-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {partners.map((partner) => (
              <th scope="col" key={partner} data-partner={partner}>
                {model.partnerNames.get(partner)}
              </th>
            ))}
            {showDifference ? (
              <th scope="col">
                {model.partnerNames.get(partners[0])} − {model.partnerNames.get(partners[1])}
              </th>
            ) : null}
            <th scope="col">Article note</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => {
            const [a, b] = partners.map((partner) => model.points.get(partner)?.get(row.year)?.value ?? null);
            return (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                {partners.map((partner) => {
                  const point = model.points.get(partner)?.get(row.year);
                  return (
                    <td key={partner} data-partner={partner} data-value={point?.value ?? ''}>
                      {point?.value != null ? (
                        <>
                          {formatValue(point.value, model.measure)}
                          <ValueMarks flag={point.flag} fixedShare={point.fixedShare} />
                        </>
                      ) : (
                        <>
                          <span aria-label="no value">—</span>
                          {point?.filled ? (
                            <> IMF DOTS {formatValue(point.filled.value, model.measure)}</>
                          ) : null}
                          <GapMark mark={gaps.markOf(partner, row.year)} notesId={gapsId} />
                        </>
                      )}
                    </td>
                  );
                })}
                {showDifference ? (
                  <td>{a !== null && b !== null ? formatDifference(a - b, model.measure) : '—'}</td>
                ) : null}
                <td className="note-cell">{notesInYear(model.notes, row.year).map(noteLabel).join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {gaps.notes.length > 0 ? (
        <ol className="gap-notes" id={gapsId} aria-label="Why a value is missing">
          {gaps.notes.map((note) => (
            <li key={note.mark} data-gap-mark={note.mark}>
              <span className="gap-mark">{note.mark}</span> {note.years}: {note.text}
            </li>
          ))}
        </ol>
      ) : null}
      {flags.length > 0 || model.estimated.length > 0 ? (
        <ul className="table-flags">
          {flags.map((flag) => (
            <li key={flag}>{FLAGS[flag]?.long ?? flag}</li>
          ))}
          {model.estimated.length > 0 ? (
            <li>
              {FIXED_SHARE_LABEL} ({stretchYearsText(model.estimated)}): {FIXED_SHARE_REASON}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

// "—ᵃ": the letter of the note under the table that says why the cell is empty.
function GapMark({ mark, notesId }: { mark: string | null; notesId: string }) {
  if (!mark) return null;
  return (
    <sup className="gap-mark">
      <a href={`#${notesId}`} aria-label={`why: note ${mark}`}>
        {mark}
      </a>
    </sup>
  );
}
