import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FigurePanel } from '@/lib/analyses/figure';
import { LinePanelSvg } from './line-panel-svg';

// What the profile's island reads (figure-interactions.ts) must be in the server's markup, and only
// on the page: the SVG download draws the same panel without focus or data attributes.
const panel: FigurePanel = {
  id: 'group-27',
  title: 'Fuels',
  summary: 'Test panel',
  lines: [
    { key: 'KAZ-export', name: 'Kazakhstan, exports', styleIndex: 0 },
    { key: 'KAZ-import', name: 'Kazakhstan, imports', styleIndex: 1 },
  ],
  rows: [
    { year: 2000, values: { 'KAZ-export': 50.5, 'KAZ-import': null } },
    { year: 2001, values: { 'KAZ-export': null, 'KAZ-import': 3.25 } },
  ],
};
const draw = (explore?: { valueText: (v: number) => string }) =>
  renderToStaticMarkup(
    createElement(LinePanelSvg, {
      panel,
      scale: { from: 2000, to: 2001, yMax: null },
      label: 'Fuels: test.',
      explore,
    }),
  );

describe('LinePanelSvg explore markup', () => {
  it('gives each point its year and value text, each line its name, and the panel one tab stop', () => {
    const svg = draw({ valueText: (v) => `${v.toFixed(2)} %` });
    expect(svg).toContain('tabindex="0"');
    expect(svg).toContain('data-title="Fuels"');
    expect(svg).toMatch(/data-from="2000"[^>]*data-to="2001"/);
    expect(svg).toContain('data-name="Kazakhstan, exports"');
    expect(svg).toMatch(/data-year="2000" data-value="50.50 %"/);
    expect(svg).toMatch(/data-year="2001" data-value="3.25 %"/);
    // A missing value has no point: the island says "no value", never a zero.
    expect(svg.match(/data-value=/g)).toHaveLength(2);
    expect(svg).toContain('class="year-cursor"');
  });

  it('draws the download’s panel without any of it', () => {
    const svg = draw();
    for (const text of ['tabindex', 'data-explore', 'data-value', 'data-year', 'year-cursor', 'data-name'])
      expect(svg).not.toContain(text);
  });
});
