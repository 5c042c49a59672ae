import { NOTE_COLOR } from './chart-constants';

type Props = { x: number; y: number; number: number; selected?: boolean };

// A note's number in a circle centred on (x, y): the interactive chart's marker (a button there)
// and the drawn chart's are the same badge.
export function NoteBadge({ x, y, number, selected = false }: Props) {
  return (
    <>
      <circle
        cx={x}
        cy={y}
        r={11}
        fill={selected ? '#1a1a1a' : '#fff'}
        stroke={NOTE_COLOR}
        strokeWidth={1.5}
      />
      <text
        x={x}
        y={y}
        dy="0.35em"
        textAnchor="middle"
        fontSize={12}
        fontWeight={600}
        fill={selected ? '#fff' : '#1a1a1a'}
      >
        {number}
      </text>
    </>
  );
}
