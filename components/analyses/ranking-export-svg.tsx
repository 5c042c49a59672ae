import { wrapWords } from '@/lib/analyses/figure';
import type { Ranking } from '@/lib/analyses/ranking';
import type { SourceInfo } from '@/lib/series-types';
import { sourceLine } from './figure-export-svg';
import { RankingBarsSvg, RANKING_BARS } from './ranking-bars-svg';

const WIDTH = 1000;
const PAD = 24;

// The ranking as one self-contained SVG: title, summary, the leading partners' bars, source, view.
export function RankingExportSvg({
  ranking,
  title,
  source,
  viewUrl,
}: {
  ranking: Ranking;
  title: string;
  source: SourceInfo | null;
  viewUrl: string;
}) {
  const heading = wrapWords(title, 70);
  const summary = wrapWords(ranking.summary, 120);
  const barsY = PAD + heading.length * 30 + summary.length * 20 + 40;
  const barsHeight = 34 + Math.min(RANKING_BARS, ranking.ranked.length) * 22;
  const footer = [
    `Bars: share in ${ranking.year}; black tick: share in ${ranking.base}. Aggregates (World, regions) are not ranked.`,
    ...(source ? wrapWords(sourceLine(source), 130) : []),
    `View: ${viewUrl}`,
  ];
  const footY = barsY + barsHeight + 20;
  const height = footY + footer.length * 18 + PAD;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={WIDTH}
      height={height}
      viewBox={`0 0 ${WIDTH} ${height}`}
      fontFamily="system-ui, sans-serif"
    >
      <rect width={WIDTH} height={height} fill="#fff" />
      {heading.map((line, i) => (
        <text key={`t${i}`} x={PAD} y={PAD + 22 + i * 30} fontSize={24} fontWeight={700} fill="#1a1a1a">
          {line}
        </text>
      ))}
      {summary.map((line, i) => (
        <text key={`s${i}`} x={PAD} y={PAD + heading.length * 30 + 14 + i * 20} fontSize={15} fill="#333">
          {line}
        </text>
      ))}
      <RankingBarsSvg
        ranking={ranking}
        width={WIDTH - 2 * PAD}
        label={ranking.summary}
        placement={{ x: PAD, y: barsY }}
      />
      {footer.map((line, i) => (
        <text key={`f${i}`} x={PAD} y={footY + i * 18} fontSize={13} fill="#444">
          {line}
        </text>
      ))}
    </svg>
  );
}
