import type { MapEconomy, MapModel } from '@/lib/analyses/map';
import { NoDataPattern, mapFill } from './map-colours';
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
// shape and are never painted.
export function MapSvg({ map, world, label, linkOf, placement }: Props) {
  const byCode = new Map(map.economies.map((e) => [e.code, e]));
  const scale = placement ? placement.width / world.width : 1;
  const shapes = world.shapes.map((shape, index) => {
    const economy = shape.code ? byCode.get(shape.code) : undefined;
    if (!economy)
      return (
        <path key={index} d={shape.d} fill={mapFill('no-data')} stroke="#fff" strokeWidth={0.5}>
          <title>{`${shape.name}: no data, not a reporter in IMF DOTS`}</title>
        </path>
      );
    const path = <path d={shape.d} fill={mapFill(economy.category)} stroke="#fff" strokeWidth={0.5} />;
    return linkOf ? (
      <a
        key={index}
        href={linkOf(economy.code)}
        aria-label={economy.detail}
        data-code={economy.code}
        data-name={economy.name}
      >
        {path}
      </a>
    ) : (
      <g key={index}>{path}</g>
    );
  });
  const body = (
    <>
      <defs>
        <NoDataPattern />
      </defs>
      {shapes}
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

// Economies that have no shape on this map (small islands, former economies) or one too small to
// see: listed beside it, so no reporter is dropped.
export function notDrawn(map: MapModel, world: WorldShapes): MapEconomy[] {
  const visible = new Set(world.shapes.filter((s) => s.code && !s.small).map((s) => s.code));
  return map.economies.filter((e) => !visible.has(e.code));
}
