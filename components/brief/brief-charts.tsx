import type { BriefDrawing } from '@/lib/analyses/analysis-brief';
import { AnalysisExportSvg } from '../analyses/analysis-export-svg';
import { ChartExport } from '../charts/chart-export';

// A brief's drawings, bare (the PDF sets title, sentences and sources as text): each of the
// dashboard's panels as its image download draws it, or the analysis view's figure.
export function briefCharts(drawing: BriefDrawing) {
  if (drawing.kind === 'analysis')
    return [
      <AnalysisExportSvg
        key="figure"
        result={drawing.result}
        title={drawing.title}
        viewUrl={drawing.viewUrl}
        bare
      />,
    ];
  return drawing.panels.map(({ model, title }) => (
    <ChartExport
      key={model.flow}
      model={model}
      title={title}
      source={drawing.source}
      fillSource={drawing.fillSource}
      viewUrl={drawing.viewUrl}
      showNotes={drawing.showNotes}
      article={drawing.article}
      bare
    />
  ));
}
