import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildMap, type EconomyShares } from '@/lib/analyses/map';
import { mapFill } from './map-colours';
import { mapShapesMarkup } from './map-svg';
import { shapeHref, worldShapes, worldShapesFile } from './world-shapes';

// The map's shapes are written as one string of markup; it must be exactly what React renders for
// the same elements, escaping included (names and details hold ’, ', &, " and <).
describe('mapShapesMarkup', () => {
  const world = worldShapes();
  const codes = world.shapes.flatMap((s) => (s.code ? [s.code] : [])).slice(0, 6);
  const economies: EconomyShares[] = codes.map((code, i) => ({
    code,
    name: [`Côte d'Ivoire`, 'Trinidad & Tobago', 'A "quoted" <name>', 'Ålesund', 'B', 'C'][i],
    first: new Map([[2020, { value: 10 + i, flag: null }]]),
    second: new Map(i === 5 ? [] : [[2020, { value: 12 - i, flag: null }]]),
    reportedYears: new Set([2020]),
  }));
  const map = buildMap(economies, {
    first: { code: 'CHN', name: 'China' },
    second: { code: 'RUS', name: 'Russia' },
    flow: 'import',
    year: 2020,
    base: 2020,
    colouring: 'larger',
  });
  const linkOf = (code: string) => `/?reporter=${code}&partners=CHN,RUS`;

  // What React renders for each shape as elements: the oracle.
  function reactMarkup(linked: boolean): string {
    const byCode = new Map(map.economies.map((e) => [e.code, e]));
    const shapes: ReactElement[] = world.shapes.map((shape, key) => {
      const economy = shape.code ? byCode.get(shape.code) : undefined;
      // On the page a shape is a reference to the shapes file; in an image, its path.
      const element = linked ? 'use' : 'path';
      const props = (category: string): Record<string, string | number> =>
        linked
          ? { href: shapeHref(key), fill: mapFill(category) }
          : { d: shape.d, fill: mapFill(category), stroke: '#fff', strokeWidth: 0.5 };
      if (!economy)
        return h(
          element,
          { key, ...props('no-data') },
          h('title', null, `${shape.name}: no data, not a reporter in IMF DOTS`),
        );
      const path = h(element, props(economy.category));
      if (!linked) return h('g', { key }, path);
      const link = {
        key,
        href: linkOf(economy.code),
        'aria-label': economy.detail,
        'data-code': economy.code,
        'data-name': economy.name,
      };
      return h('a', link, path);
    });
    return renderToStaticMarkup(h('svg', null, shapes)).replace(/^<svg>|<\/svg>$/g, '');
  }

  it('writes linked shapes for the page as React would', () => {
    const markup = mapShapesMarkup(map, world, linkOf);
    expect(markup).toContain('Trinidad &amp; Tobago');
    expect(markup).toContain('href="/?reporter=');
    expect(markup).toBe(reactMarkup(true));
    expect(markup).not.toContain(' d="'); // the paths stay in the shapes file
  });

  it('refers on the page to shapes the file holds, by an address that names its content', () => {
    const { svg, version } = worldShapesFile();
    const markup = mapShapesMarkup(map, world, linkOf);
    const ids = [...markup.matchAll(/href="\/map-shapes\.svg\?v=([0-9a-f]+)#(s\d+)"/g)];
    expect(ids).toHaveLength(world.shapes.length);
    for (const [, v, id] of ids) {
      expect(v).toBe(version);
      expect(svg).toContain(`<path id="${id}" d="`);
    }
    const kazakhstan = world.shapes.findIndex((s) => s.code === 'KAZ');
    expect(svg).toContain(`<path id="s${kazakhstan}" d="${world.shapes[kazakhstan].d}"/>`);
  });

  it('writes plain shapes for an exported image as React would', () => {
    expect(mapShapesMarkup(map, world)).toBe(reactMarkup(false));
  });
});
