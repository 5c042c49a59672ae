'use client';
import type { KeyboardEvent } from 'react';
import { noteYears, type PlacedNote } from '@/lib/panel/notes';
import { MARKER_LANE_HEIGHT } from './chart-constants';
import { NoteBadge } from './note-badge';

type Props = {
  note: PlacedNote;
  selected: boolean;
  onOpen: (id: string) => void;
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
};

// A numbered circle above the plot at the note's year: a button for mouse, touch and keyboard.
export function NoteMarker({ note, selected, onOpen, viewBox }: Props) {
  const x = (viewBox?.x ?? 0) + (viewBox?.width ?? 0) / 2;
  const y = (viewBox?.y ?? 0) - 13 - note.lane * MARKER_LANE_HEIGHT;
  const open = () => onOpen(note.id);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  };
  return (
    <g
      className="note-marker"
      role="button"
      tabIndex={0}
      aria-label={`Note ${note.number}, ${noteYears(note)}: ${note.title}`}
      aria-pressed={selected}
      data-note-id={note.id}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      <NoteBadge x={x} y={y} number={note.number} selected={selected} />
    </g>
  );
}
