import { wrapWords, type Figure } from '@/lib/analyses/figure';
import type { SourceInfo } from '@/lib/panel/series-types';
import { EXPORT_PAD as PAD, EXPORT_WIDTH as WIDTH, ExportSvgFrame, exportHeader } from './export-svg-frame';
import { FigureLineSample } from './figure-legend';
import { LinePanelSvg, PANEL_SIZE } from './line-panel-svg';

type Props = { figure: Figure; viewUrl: string; bare?: boolean };

// The whole figure as one self-contained SVG for briefs: title, summary, legend, every panel on
// its shared axes, the source files with their SHA-256 and the view's address. Bare: the legend
// and panels alone, for a PDF brief that sets the words around it as text.
export function FigureExportSvg({ figure, viewUrl, bare = false }: Props) {
  const columns = Math.min(3, Math.max(1, figure.panels.length));
  const cellW = (WIDTH - 2 * PAD) / columns;
  const cellH = (cellW / PANEL_SIZE.width) * PANEL_SIZE.height + 26;
  const header = bare ? exportHeader('', '') : exportHeader(figure.title, figure.summary);
  const legendY = header.bottom + 16;
  const gridY = legendY + 28;
  const rowsOfPanels = Math.ceil(figure.panels.length / columns);
  const footY = gridY + rowsOfPanels * cellH + 16;
  const footer = bare
    ? [`Values: ${figure.axis}`]
    : [
        ...figure.sources.flatMap((s) => wrapWords(sourceLine(s), 130)),
        `Values: ${figure.axis}. View: ${viewUrl}`,
      ];
  const lines = figure.panels[0]?.lines ?? [];
  return (
    <ExportSvgFrame header={header} footer={footer} footY={footY}>
      {lines.map((line, i) => (
        <g key={line.key}>
          <FigureLineSample x={PAD + i * 300} y={legendY} line={line} />
          <text x={PAD + i * 300 + 36} y={legendY} dy="0.35em" fontSize={14} fill="#1a1a1a">
            {line.name}
          </text>
        </g>
      ))}
      {figure.panels.map((panel, i) => {
        const x = PAD + (i % columns) * cellW;
        const y = gridY + Math.floor(i / columns) * cellH;
        return (
          <g key={panel.id}>
            <text x={x + 6} y={y + 14} fontSize={15} fontWeight={600} fill="#1a1a1a">
              {panel.title}
            </text>
            <LinePanelSvg
              panel={panel}
              scale={figure}
              label={panel.summary}
              placement={{ x, y: y + 22, width: cellW - 8, height: cellH - 26 }}
            />
          </g>
        );
      })}
    </ExportSvgFrame>
  );
}

export function sourceLine(s: SourceInfo): string {
  return `Source: ${s.publisher}, ${s.indicator}. File ${s.file} (SHA-256 ${s.sha256}). ${s.url}`;
}
