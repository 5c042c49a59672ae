import 'server-only';
import { createHash } from 'node:crypto';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

// The world's countries from Natural Earth (world-atlas 2.0.2, 1:110 m, public domain), projected
// once per process with the Equal Earth projection (equal-area) and kept as SVG path strings:
// the shapes never change with the data, so no view pays for projecting them again.

export const MAP_WIDTH = 960;
// Below this many square pixels at MAP_WIDTH a shape is too small to see or hover: its economy is
// listed beside the map as well.
const MIN_AREA = 12;

// Shapes whose Natural Earth feature has no ISO 3166 numeric code.
const CODE_BY_NAME: Record<string, string> = { Kosovo: 'XKX' };
const ANTARCTICA = '010'; // no economy, and most of the map's height

export type WorldShape = { code: string | null; name: string; d: string; small: boolean };
export type WorldShapes = { width: number; height: number; shapes: WorldShape[] };

type CountryProperties = { name: string };
let projected: WorldShapes | null = null;

export function worldShapes(): WorldShapes {
  if (projected) return projected;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    CountryProperties
  >;
  const features = collection.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds({ type: 'FeatureCollection', features });
  const shapes = features.map((f: Feature<Geometry, CountryProperties>) => ({
    code: codeOf(f),
    name: f.properties.name,
    d: path(f) ?? '',
    small: path.area(f) < MIN_AREA,
  }));
  projected = { width: MAP_WIDTH, height: Math.ceil(bottom - Math.min(0, top)), shapes };
  return projected;
}

function codeOf(f: Feature<Geometry, CountryProperties>): string | null {
  if (f.id === undefined) return CODE_BY_NAME[f.properties.name] ?? null;
  return countries.numericToAlpha3(String(f.id)) ?? null;
}

// The address the page's map refers to its shapes by: the file of every shape's path, one `<path
// id="s<index>">` each, that the page draws with `<use href>` (map-svg.tsx). A browser fetches it
// once for every map it shows, and a page carries ~180 short references instead of 120 KB of
// paths, twice (the HTML and the RSC payload). Its query names its content, so it is kept a year.
export const WORLD_SHAPES_PATH = '/map-shapes.svg';
let shapesFile: { svg: string; version: string } | null = null;

export function worldShapesFile(): { svg: string; version: string } {
  if (shapesFile) return shapesFile;
  const { width, height, shapes } = worldShapes();
  const paths = shapes.map((shape, index) => `<path id="s${index}" d="${shape.d}"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><defs>${paths}</defs></svg>`;
  shapesFile = { svg, version: createHash('sha256').update(svg).digest('hex').slice(0, 12) };
  return shapesFile;
}

// The reference to one shape of the file, as the page's `<use href>` writes it.
export function shapeHref(index: number): string {
  return `${WORLD_SHAPES_PATH}?v=${worldShapesFile().version}#s${index}`;
}
