import type { AnalysisResult } from '@/lib/analyses/analysis-result';
import { FigureExportSvg } from './figure-export-svg';
import { MapExportSvg } from './map-export-svg';
import { RankingExportSvg } from './ranking-export-svg';

type Props = { result: AnalysisResult; title: string; viewUrl: string; bare?: boolean };

// An analysis view as one SVG: the image download (/api/analyses/<view>/svg|png) and, bare, the
// drawing in its PDF brief. One case per view's drawing.
export function AnalysisExportSvg({ result, title, viewUrl, bare = false }: Props) {
  return result.view === 'map' ? (
    <MapExportSvg
      map={result.data.map}
      title={title}
      source={result.data.source}
      viewUrl={viewUrl}
      bare={bare}
    />
  ) : result.view === 'ranking' ? (
    <RankingExportSvg
      ranking={result.data.ranking}
      title={title}
      source={result.data.source}
      viewUrl={viewUrl}
      bare={bare}
    />
  ) : (
    <FigureExportSvg figure={{ ...result.figure, title }} viewUrl={viewUrl} bare={bare} />
  );
}
