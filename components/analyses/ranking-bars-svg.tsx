import { valueAxisTicks } from '@/lib/panel/axis-ticks';
import type { Ranking } from '@/lib/analyses/ranking';
import { formatNumber } from '@/lib/panel/format';
import { FIXED_SHARE_REASON } from '@/lib/panel/fixed-share-estimates';
import { rankingEstimateMarks } from '@/lib/analyses/ranking-estimate-marks';
import { PARTNER_STYLES } from '../charts/chart-constants';

export const RANKING_BARS = 15; // the chart shows the leaders; the table lists every partner

const ROW = 22;
const PAD = { left: 150, right: 56, top: 26, bottom: 8 };

type Props = { ranking: Ranking; width?: number; label: string; placement?: { x: number; y: number } };

const [BAR_COLOR, BASE_COLOR] = [PARTNER_STYLES[1].color, '#1a1a1a'];
const HATCH = 'ranking-estimate-hatch';
const ESTIMATE_DASH = '3 2';

// The leading partners' shares as bars, the base year's share as a tick on each bar. A year whose
// figures are IMF fixed-share estimates is drawn apart: its bars hatched, its ticks dashed.
export function RankingBarsSvg({ ranking, width = 440, label, placement }: Props) {
  const marks = rankingEstimateMarks(ranking);
  const shown = ranking.ranked.slice(0, RANKING_BARS);
  const height = PAD.top + shown.length * ROW + PAD.bottom;
  const ticks = valueAxisTicks(
    Math.max(0, ...shown.flatMap((p) => [p.share?.value ?? 0, p.baseShare?.value ?? 0])),
    4,
  );
  const top = ticks[ticks.length - 1];
  const x = (value: number) => PAD.left + (value / top) * (width - PAD.left - PAD.right);
  return (
    <svg
      className="ranking-bars-svg"
      viewBox={`0 0 ${width} ${height}`}
      width={placement ? width : undefined}
      height={placement ? height : undefined}
      {...placement}
      role="img"
      aria-label={marks ? `${label} ${marks.sentence}` : label}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, sans-serif"
    >
      {marks?.bars ? (
        <defs>
          <HatchPattern id={HATCH} />
        </defs>
      ) : null}
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={PAD.top - 4} y2={height - PAD.bottom} stroke="#e3e3e3" />
          <text x={x(tick)} y={PAD.top - 10} textAnchor="middle" fontSize={12} fill="#333">
            {tick} %
          </text>
        </g>
      ))}
      {shown.map((p, i) => {
        const y = PAD.top + i * ROW;
        return (
          <g key={p.code} data-partner={p.code}>
            <text x={PAD.left - 6} y={y + ROW / 2} dy="0.35em" textAnchor="end" fontSize={13} fill="#1a1a1a">
              {`${p.rank}. ${p.name.length > 19 ? `${p.name.slice(0, 18)}…` : p.name}`}
            </text>
            <rect
              x={PAD.left}
              y={y + 4}
              width={x(p.share!.value) - PAD.left}
              height={ROW - 8}
              fill={marks?.bars ? `url(#${HATCH})` : BAR_COLOR}
              stroke={marks?.bars ? BAR_COLOR : undefined}
              data-estimated={marks?.bars || undefined}
            />
            {p.baseShare ? (
              <line
                x1={x(p.baseShare.value)}
                x2={x(p.baseShare.value)}
                y1={y + 1}
                y2={y + ROW - 1}
                stroke={BASE_COLOR}
                strokeWidth={2.5}
                strokeDasharray={marks?.ticks ? ESTIMATE_DASH : undefined}
                data-estimated={marks?.ticks || undefined}
              />
            ) : null}
            <text
              x={Math.max(x(p.share!.value), p.baseShare ? x(p.baseShare.value) : 0) + 5}
              y={y + ROW / 2}
              dy="0.35em"
              fontSize={12}
              fill="#333"
            >
              {formatNumber(p.share!.value, 'share')}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

// Diagonal lines in the bars' colour on white: the bars of a year the IMF estimated.
function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="5" height="5" fill="#fff" />
      <line x1="0" x2="0" y1="0" y2="5" stroke={BAR_COLOR} strokeWidth="2.5" />
    </pattern>
  );
}

export function RankingLegend({ ranking }: { ranking: Pick<Ranking, 'year' | 'base' | 'estimatedYears'> }) {
  const { year, base } = ranking;
  const marks = rankingEstimateMarks(ranking);
  const legendHatch = 'ranking-legend-hatch';
  return (
    <ul className="chart-legend analysis-legend">
      <li>
        <svg width="20" height="12" aria-hidden="true">
          {marks?.bars ? (
            <>
              <defs>
                <HatchPattern id={legendHatch} />
              </defs>
              <rect x="0.5" y="0.5" width="19" height="11" fill={`url(#${legendHatch})`} stroke={BAR_COLOR} />
            </>
          ) : (
            <rect width="20" height="12" fill={BAR_COLOR} />
          )}
        </svg>
        Share in {year}
      </li>
      <li>
        <svg width="8" height="16" aria-hidden="true">
          <line
            x1="4"
            x2="4"
            y1="0"
            y2="16"
            stroke={BASE_COLOR}
            strokeWidth="2.5"
            strokeDasharray={marks?.ticks ? ESTIMATE_DASH : undefined}
          />
        </svg>
        Share in {base}
      </li>
      {marks ? (
        <li data-legend="estimate" title={FIXED_SHARE_REASON}>
          {marks.legend}
        </li>
      ) : null}
    </ul>
  );
}
