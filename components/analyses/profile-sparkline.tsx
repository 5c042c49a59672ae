import { formatProfileValue } from '@/lib/panel/format';
import type { IndicatorRow } from '@/lib/analyses/profile';

const SIZE = { width: 120, height: 28, pad: 3 };

// One indicator over the years as a small line drawn on the server; a year without a value breaks
// the line (a year alone is a dot). The label says the first and last values for a screen reader.
export function ProfileSparkline({ row, label }: { row: IndicatorRow; label: string }) {
  const { points, unit } = row;
  if (points.length === 0) return <span className="muted">no values</span>;
  const values = points.map((p) => p.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const [from, to] = [points[0].year, points[points.length - 1].year];
  const { width, height, pad } = SIZE;
  const x = (year: number) =>
    pad + (to === from ? (width - 2 * pad) / 2 : ((year - from) / (to - from)) * (width - 2 * pad));
  const y = (value: number) =>
    height - pad - (max === min ? 0.5 : (value - min) / (max - min)) * (height - 2 * pad);
  let d = '';
  points.forEach((p, index) => {
    const joined = index > 0 && points[index - 1].year === p.year - 1;
    d += `${joined ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  const first = points[0];
  const last = points[points.length - 1];
  const said = `${label}: ${formatProfileValue(first.value, unit)} in ${first.year}, ${formatProfileValue(last.value, unit)} in ${last.year}`;
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={said}
    >
      <path d={d} fill="none" stroke="#0068A3" strokeWidth="1.5" />
      {points
        .filter(
          (p, index) => points[index - 1]?.year !== p.year - 1 && points[index + 1]?.year !== p.year + 1,
        )
        .map((p) => (
          <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r="1.5" fill="#0068A3" />
        ))}
      <circle cx={x(last.year)} cy={y(last.value)} r="2" fill="#0068A3" />
    </svg>
  );
}
