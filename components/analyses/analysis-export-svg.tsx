import type { AnalysisResult } from '@/lib/analyses/analysis-result';
import { FigureExportSvg } from './figure-export-svg';
import { MapExportSvg } from './map-export-svg';
import { RankingExportSvg } from './ranking-export-svg';

type Props = { result: AnalysisResult; title: string; viewUrl: string; bare?: boolean };

// An analysis view as one SVG: the image download (/api/analyses/<view>/svg|png) and, bare, the
// drawing in its PDF brief. One case per view's drawing.
export function AnalysisExportSvg({ result, title, viewUrl, bare = false }: Props) {
  const framed = { title, viewUrl, bare };
  if (result.view === 'map')
    return <MapExportSvg map={result.data.map} source={result.data.source} {...framed} />;
  if (result.view === 'ranking')
    return <RankingExportSvg ranking={result.data.ranking} source={result.data.source} {...framed} />;
  return <FigureExportSvg figure={{ ...result.figure, title }} viewUrl={viewUrl} bare={bare} />;
}
