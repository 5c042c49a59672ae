import { wrapWords } from '@/lib/analyses/figure';
import type { MapModel } from '@/lib/analyses/map';
import type { SourceInfo } from '@/lib/panel/series-types';
import { EXPORT_PAD as PAD, EXPORT_WIDTH as WIDTH, ExportSvgFrame, exportHeader } from './export-svg-frame';
import { sourceLine } from './figure-export-svg';
import { NoDataPattern, mapFill } from './map-colours';
import { MapSvg, notDrawn } from './map-svg';
import { worldShapes } from './world-shapes';

const LEGEND_ROW = 20;

// bare: the map, legend and the list of small economies alone, for a PDF brief.
type Props = { map: MapModel; title: string; source: SourceInfo | null; viewUrl: string; bare?: boolean };

// The map as one self-contained SVG: title, sentence, map, legend, the economies too small to draw
// (by colour), source and the view's address.
export function MapExportSvg({ map, title, source, viewUrl, bare = false }: Props) {
  const world = worldShapes();
  const header = bare ? exportHeader('', '') : exportHeader(title, map.sentence);
  const mapY = header.bottom + 16;
  const mapWidth = WIDTH - 2 * PAD;
  const mapHeight = (world.height * mapWidth) / world.width;
  const legendY = mapY + mapHeight + 20;
  const listed = notDrawn(map, world);
  const labelOf = new Map(map.legend.map((entry) => [entry.key, entry.label]));
  const groups = map.legend
    .map((entry) => ({
      label: labelOf.get(entry.key)!,
      names: listed.filter((e) => e.category === entry.key),
    }))
    .filter((group) => group.names.length > 0)
    .flatMap((group) => wrapWords(`${group.label}: ${group.names.map((e) => e.name).join(', ')}.`, 130));
  const footer = [
    'Too small to draw at this scale, by colour:',
    ...groups,
    'Map: Natural Earth 1:110 m (world-atlas), Equal Earth projection. Aggregates are not economies and are not drawn.',
    ...(source && !bare ? wrapWords(sourceLine(source), 130) : []),
    ...(bare ? [] : [`View: ${viewUrl}`]),
  ];
  const footY = legendY + map.legend.length * LEGEND_ROW + 16;
  return (
    <ExportSvgFrame header={header} footer={footer} footY={footY}>
      <defs>
        <NoDataPattern />
      </defs>
      <MapSvg map={map} world={world} label={map.sentence} placement={{ x: PAD, y: mapY, width: mapWidth }} />
      {map.legend.map((entry, i) => (
        <g key={entry.key} transform={`translate(${PAD} ${legendY + i * LEGEND_ROW})`}>
          <rect width={14} height={14} y={-11} fill={mapFill(entry.key)} stroke="#666" strokeWidth={0.5} />
          <text x={22} fontSize={13} fill="#222">
            {`${entry.label} (${entry.count})`}
          </text>
        </g>
      ))}
    </ExportSvgFrame>
  );
}
