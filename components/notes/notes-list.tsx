'use client';
import type { ArticleInfo } from '@/lib/article/article-types';
import { noteYears, type PlacedNote } from '@/lib/panel/notes';

type Props = {
  notes: PlacedNote[];
  article: ArticleInfo;
  selectedNoteId: string | null;
  onSelect: (id: string | null) => void;
  idPrefix: string;
};

// The article's notes in range, numbered as on the charts; choosing one highlights its years on
// every panel and shows its text with the paragraph it cites.
export function NotesList({ notes, article, selectedNoteId, onSelect, idPrefix }: Props) {
  if (notes.length === 0) return <p className="muted">No article notes fall in this year range.</p>;
  return (
    <ol className="notes-list">
      {notes.map((note) => {
        const open = note.id === selectedNoteId;
        const detailId = `${idPrefix}-${note.id}`;
        return (
          <li key={note.id} className={open ? 'note open' : 'note'}>
            <button
              type="button"
              aria-expanded={open}
              aria-controls={detailId}
              onClick={() => onSelect(open ? null : note.id)}
              data-note-button={note.id}
            >
              <span className="note-number" aria-hidden="true">
                {note.number}
              </span>
              <span>
                <span className="visually-hidden">Note {note.number}, </span>
                <span className="note-years">{noteYears(note)}</span> {note.title}
              </span>
            </button>
            <div id={detailId} hidden={!open} className="note-detail" data-note-detail={note.id}>
              <p>{note.note}</p>
              <p className="muted">
                <a href={article.url}>
                  {article.outlet}, “{article.title}”
                </a>
                , paragraph {note.paragraph}.
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
