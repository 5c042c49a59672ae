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
    const figure = regionFigure(panels, 'export', 'dots', 2000, 2002);
    expect(figure.yMax).toBe(50); // Beta's 42 % is the largest share anywhere
    expect(figure.panels.map((p) => p.title)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(figure.panels[3].rows.every((r) => r.values.CHN === null && r.values.RUS === null)).toBe(true);
  });
});
