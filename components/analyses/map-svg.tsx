import type { MapEconomy, MapModel } from '@/lib/analyses/map';
import { NoDataPattern, mapFill } from './map-colours';
import { attributes, escapeHtml as escape } from './markup';
import { shapeHref, type WorldShapes } from './world-shapes';

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
// RSC payload, which is what a new view's CPU went on; on the page, each is a reference to the
// world's shapes file rather than its path.
export function MapSvg({ map, world, label, linkOf, placement }: Props) {
  const scale = placement ? placement.width / world.width : 1;
  const body = (
    <>
      <defs>
        <NoDataPattern />
      </defs>
      <g
        className="map-shapes"
        stroke={linkOf ? '#fff' : undefined}
        strokeWidth={linkOf ? 0.5 : undefined}
        dangerouslySetInnerHTML={{ __html: mapShapesMarkup(map, world, linkOf) }}
      />
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
// reporting economy carries its "no data" reason as a title. On the page (linkOf) a reporter's
// shape is a link to its dashboard, and every shape is drawn by reference to the world's shapes
// file (`<use href>`, world-shapes.ts); in an exported image, which must stand alone, each is its
// path, a reporter's in a plain group.
export function mapShapesMarkup(
  map: MapModel,
  world: WorldShapes,
  linkOf?: (code: string) => string,
): string {
  const byCode = new Map(map.economies.map((e) => [e.code, e]));
  const shape = (index: number, category: string, inner = '') => {
    const fill = escape(mapFill(category));
    return linkOf
      ? `<use href="${escape(shapeHref(index))}" fill="${fill}">${inner}</use>`
      : `<path d="${escape(world.shapes[index].d)}" fill="${fill}" stroke="#fff" stroke-width="0.5">${inner}</path>`;
  };
  return world.shapes
    .map((worldShape, index) => {
      const economy = worldShape.code ? byCode.get(worldShape.code) : undefined;
      if (!economy)
        return shape(
          index,
          'no-data',
          `<title>${escape(`${worldShape.name}: no data, not a reporter in IMF DOTS`)}</title>`,
        );
      const drawn = shape(index, economy.category);
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
