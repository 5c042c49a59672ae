import type { MapEconomy, MapModel } from '@/lib/analyses/map';
import { NoDataPattern, mapFill } from './map-colours';
import { attributes, escapeHtml as escape } from './markup';
import type { WorldShapes } from './world-shapes';

type Props = {
  map: MapModel;
  world: WorldShapes;
  label: string;
  linkOf?: (code: string) => string; // on the page: each economy's shape links to its dashboard
  placement?: { x: number; y: number; width: number }; // inside an exported image
};

// The world map drawn on the server: each reporting economy's shape in the colour of its legend
// entry, shapes of places that do not report to IMF DOTS hatched as no data. Aggregates have no
// shape and are never painted. The ~180 shapes go in as one string of markup (mapShapesMarkup):
// React neither reconciles them one by one nor repeats them element by element in the page's
// RSC payload, which is what a new view's CPU went on.
export function MapSvg({ map, world, label, linkOf, placement }: Props) {
  const scale = placement ? placement.width / world.width : 1;
  const body = (
    <>
      <defs>
        <NoDataPattern />
      </defs>
      <g className="map-shapes" dangerouslySetInnerHTML={{ __html: mapShapesMarkup(map, world, linkOf) }} />
    </>
  );
  if (placement) return <g transform={`translate(${placement.x} ${placement.y}) scale(${scale})`}>{body}</g>;
  return (
    <svg
      className="map-svg"
      viewBox={`0 0 ${world.width} ${world.height}`}
      role="group"
      aria-label={label}
      data-testid="world-map"
    >
      {body}
    </svg>
  );
}

// The shapes as SVG markup, escaped as React escapes text and attributes: a shape without a
// reporting economy carries its "no data" reason as a title; a reporter's shape is a link to its
// dashboard on the page (linkOf), a plain group in an exported image.
export function mapShapesMarkup(
  map: MapModel,
  world: WorldShapes,
  linkOf?: (code: string) => string,
): string {
  const byCode = new Map(map.economies.map((e) => [e.code, e]));
  const path = (d: string, category: string, inner = '') =>
    `<path d="${escape(d)}" fill="${escape(mapFill(category))}" stroke="#fff" stroke-width="0.5">${inner}</path>`;
  return world.shapes
    .map((shape) => {
      const economy = shape.code ? byCode.get(shape.code) : undefined;
      if (!economy)
        return path(
          shape.d,
          'no-data',
          `<title>${escape(`${shape.name}: no data, not a reporter in IMF DOTS`)}</title>`,
        );
      const drawn = path(shape.d, economy.category);
      if (!linkOf) return `<g>${drawn}</g>`;
      const link = attributes([
        ['href', linkOf(economy.code)],
        ['aria-label', economy.detail],
        ['data-code', economy.code],
        ['data-name', economy.name],
      ]);
      return `<a${link}>${drawn}</a>`;
    })
    .join('');
}

// Economies that have no shape on this map (small islands, former economies) or one too small to
// see: listed beside it, so no reporter is dropped.
export function notDrawn(map: MapModel, world: WorldShapes): MapEconomy[] {
  const visible = new Set(world.shapes.filter((s) => s.code && !s.small).map((s) => s.code));
  return map.economies.filter((e) => !visible.has(e.code));
}
