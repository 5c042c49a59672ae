import { wrapWords } from '@/lib/analyses/figure';
import type { Ranking } from '@/lib/analyses/ranking';
import type { SourceInfo } from '@/lib/panel/series-types';
import { EXPORT_PAD as PAD, EXPORT_WIDTH as WIDTH, ExportSvgFrame, exportHeader } from './export-svg-frame';
import { sourceLine } from './figure-export-svg';
import { rankingEstimateMarks } from '@/lib/analyses/ranking-estimate-marks';
import { RankingBarsSvg, RANKING_BARS } from './ranking-bars-svg';

// bare: the bars alone, for a PDF brief that sets the words around them as text.
type Props = { ranking: Ranking; title: string; source: SourceInfo | null; viewUrl: string; bare?: boolean };

// The ranking as one self-contained SVG: title, summary, the leading partners' bars, source, view.
export function RankingExportSvg({ ranking, title, source, viewUrl, bare = false }: Props) {
  const header = bare ? exportHeader('', '') : exportHeader(title, ranking.summary);
  const barsY = header.bottom + 40;
  const barsHeight = 34 + Math.min(RANKING_BARS, ranking.ranked.length) * 22;
  const marks = rankingEstimateMarks(ranking);
  const footer = [
    `Bars: share in ${ranking.year}; black tick: share in ${ranking.base}. Aggregates (World, regions) are not ranked.`,
    ...(marks ? [marks.sentence] : []),
    ...(source && !bare ? wrapWords(sourceLine(source), 130) : []),
    ...(bare ? [] : [`View: ${viewUrl}`]),
  ];
  const footY = barsY + barsHeight + 20;
  return (
    <ExportSvgFrame header={header} footer={footer} footY={footY}>
      <RankingBarsSvg
        ranking={ranking}
        width={WIDTH - 2 * PAD}
        label={ranking.summary}
        placement={{ x: PAD, y: barsY }}
      />
    </ExportSvgFrame>
  );
}
