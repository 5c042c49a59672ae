import { describe, expect, it } from 'vitest';
import { buildRegionPanels, regionFigure, regionSummary, type ReporterShares } from './region';

const shares = (
  code: string,
  name: string,
  china: [number, number][],
  russia: [number, number][],
): ReporterShares => ({
  code,
  name,
  china: new Map(china),
  russia: new Map(russia),
});

const reporters = [
  shares(
    'AAA',
    'Alpha',
    [
      [2000, 5],
      [2001, 12],
      [2002, 14],
    ],
    [
      [2000, 30],
      [2001, 10],
      [2002, 9],
    ],
  ),
  shares(
    'BBB',
    'Beta',
    [
      [2000, 2],
      [2001, 3],
      [2002, 4],
    ],
    [
      [2000, 40],
      [2001, 41],
      [2002, 42],
    ],
  ),
  shares(
    'CCC',
    'Gamma',
    [
      [2000, 20],
      [2001, 15],
      [2002, 30],
    ],
    [
      [2000, 10],
      [2001, 20],
      [2002, 25],
    ],
  ),
  shares('DDD', 'Delta', [], []),
];

describe('the region at a glance', () => {
  const panels = buildRegionPanels(reporters, 2000, 2002);

  it('gives every reporter a panel with its own crossover', () => {
    expect(panels.map((p) => [p.code, p.crossover.kind])).toEqual([
      ['AAA', 'passed'],
      ['BBB', 'not-passed'],
      ['CCC', 'passed'],
      ['DDD', 'no-overlap'],
    ]);
    expect(panels[0].sentence).toBe('Alpha: China’s share passed Russia’s in 2001 and stayed ahead.');
    expect(panels[2].sentence).toBe('Gamma: China’s share passed Russia’s in 2002 and stayed ahead.');
  });

  it('sums the region up in one line, earliest crossover first, naming the reporters without data', () => {
    expect(regionSummary(panels, 'export', 2000, 2002)).toBe(
      'China’s share of exports, 2000–2002, passed Russia’s for good in Alpha (2001) and Gamma (2002) and ' +
        'has not passed it in Beta; no year with both shares for Delta.',
    );
  });

  it('draws every panel on one shared value axis', () => {
    const figure = regionFigure(
      { panels, sources: [], sourceOf: {} },
      { flow: 'export', source: 'dots', from: 2000, to: 2002 },
    );
    expect(figure.yMax).toBe(50); // Beta's 42 % is the largest share anywhere
    expect(figure.panels.map((p) => p.title)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(figure.panels[3].rows.every((r) => r.values.CHN === null && r.values.RUS === null)).toBe(true);
  });
});

describe('IMF estimates with fixed partner shares', () => {
  // Uzbekistan's exports as the IMF file has them: China ahead in 2000, the estimates of 2001–2015
  // (China 34.4 %, Russia 19.0 % every year), then reported again from 2016.
  const years = (from: number, to: number, value: (y: number) => number): [number, number][] =>
    Array.from({ length: to - from + 1 }, (_, i) => [from + i, value(from + i)]);
  const uzbekistan: ReporterShares = {
    code: 'UZB',
    name: 'Uzbekistan',
    china: new Map([
      ...years(1998, 1999, () => 1),
      ...years(2000, 2015, () => 34.4),
      ...years(2016, 2020, () => 15),
    ]),
    russia: new Map([
      ...years(1998, 1999, () => 20),
      ...years(2000, 2015, () => 19),
      ...years(2016, 2020, () => 20),
    ]),
    estimated: [{ firstYear: 2001, lastYear: 2015 }],
  };

  it('does not state a crossover that rests only on estimated years, and names the stretch', () => {
    const [panel] = buildRegionPanels([uzbekistan], 1998, 2020);
    // With the estimates, China would be ahead 2000–2015 and this would say "passed … and fell back".
    expect(panel.crossover).toEqual({ kind: 'fell-back', firstPassed: 2000, lastAhead: 2000 });
    expect(panel.sentence).toBe(
      'Uzbekistan: China’s share passed Russia’s in 2000 but was behind again after 2000 in the years reported; ' +
        'IMF estimates with fixed partner shares in 2001–2015 are left out.',
    );
    expect(panel.pairs.filter((p) => p.estimated).map((p) => p.year)).toEqual(
      years(2001, 2015, () => 0).map(([y]) => y),
    );
  });

  it('clips the stretch to the range, and says how many reporters the summary leaves estimates out for', () => {
    const panels = buildRegionPanels([uzbekistan, reporters[0]], 2010, 2020);
    expect(panels[0].estimated).toEqual([{ firstYear: 2010, lastYear: 2015 }]);
    expect(regionSummary(panels, 'export', 2010, 2020)).toMatch(
      /; for one reporter, IMF estimates with fixed partner shares are left out: Uzbekistan \(2010–2015\)\.$/,
    );
    const figure = regionFigure(
      { panels, sources: [], sourceOf: {} },
      { flow: 'export', source: 'dots', from: 2010, to: 2020 },
    );
    expect(figure.panels[0].rows.filter((r) => r.estimated)).toHaveLength(6);
    expect(figure.panels[1].rows.some((r) => r.estimated)).toBe(false);
  });

  it('says nothing of estimates where there are none', () => {
    const panels = buildRegionPanels(reporters, 2000, 2002);
    expect(panels.every((p) => !p.sentence.includes('IMF'))).toBe(true);
    expect(regionSummary(panels, 'export', 2000, 2002)).not.toContain('IMF');
  });
});
