import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { rankPartners, type PartnerShares } from '@/lib/analyses/ranking';
import { RankingBarsSvg, RankingLegend } from './ranking-bars-svg';
import { RankingExportSvg } from './ranking-export-svg';

// A year whose figures are IMF estimates with fixed partner shares is drawn apart in the ranking's
// bars (hatched bars for the ranking's year, dashed ticks for the base year), and the drawing's
// text alternative, legend and exported image say so; a ranking without estimates draws as before.
const partners: PartnerShares[] = ['AAA', 'BBB', 'CCC'].map((code, i) => ({
  code,
  name: `Partner ${code}`,
  kind: 'economy',
  share: { value: 30 - 10 * i, flag: null },
  baseShare: { value: 20 + 5 * i, flag: null },
}));
const ranking = (estimated: { firstYear: number; lastYear: number }[]) =>
  rankPartners(partners, 2010, 2000, 'Uzbekistan', 'export', estimated);
const bars = (markup: string) => markup.match(/<rect [^>]*height="14"[^>]*>/g) ?? [];
const ticks = (markup: string) => markup.match(/<line [^>]*stroke-width="2.5"[^>]*>/g) ?? [];
const label = (markup: string) => /aria-label="([^"]*)"/.exec(markup)?.[1] ?? '';
const render = (r: ReturnType<typeof ranking>) =>
  renderToStaticMarkup(h(RankingBarsSvg, { ranking: r, label: 'Bars.' }));

describe('RankingBarsSvg', () => {
  it('hatches the bars of an estimated year and says so in its text alternative', () => {
    const markup = render(ranking([{ firstYear: 2001, lastYear: 2015 }]));
    expect(bars(markup)).toHaveLength(3);
    for (const bar of bars(markup)) {
      expect(bar).toContain('fill="url(#ranking-estimate-hatch)"');
      expect(bar).toContain('data-estimated="true"');
    }
    expect(markup).toContain('<pattern id="ranking-estimate-hatch"');
    for (const tick of ticks(markup)) expect(tick).not.toContain('stroke-dasharray');
    expect(label(markup)).toBe(
      'Bars. The hatched bars (shares in 2010) are IMF estimates with fixed partner shares.',
    );
  });

  it('dashes the ticks of an estimated base year, the bars drawn solid', () => {
    const markup = render(ranking([{ firstYear: 1995, lastYear: 2000 }]));
    expect(ticks(markup)).toHaveLength(3);
    for (const tick of ticks(markup)) expect(tick).toContain('stroke-dasharray');
    for (const bar of bars(markup)) expect(bar).not.toContain('data-estimated');
    expect(label(markup)).toContain('The dashed ticks (shares in 2000) are IMF estimates');
  });

  it('draws a ranking without estimates as before: solid bars, no pattern, nothing added to its label', () => {
    const markup = render(ranking([{ firstYear: 1990, lastYear: 1995 }]));
    expect(markup).not.toContain('pattern');
    expect(markup).not.toContain('data-estimated');
    expect(label(markup)).toBe('Bars.');
  });
});

describe('the ranking legend and exported image', () => {
  it('name the estimates in the legend and the image’s footer', () => {
    const r = ranking([{ firstYear: 2001, lastYear: 2015 }]);
    const legend = renderToStaticMarkup(h(RankingLegend, { ranking: r }));
    expect(legend).toContain('data-legend="estimate"');
    expect(legend).toContain('IMF estimate, fixed partner shares: 2010 (hatched bars)');
    const image = renderToStaticMarkup(
      h(RankingExportSvg, { ranking: r, title: 'Ranking', source: null, viewUrl: '/ranking' }),
    );
    expect(image).toContain('The hatched bars (shares in 2010) are IMF estimates with fixed partner shares.');
    expect(bars(image)).toHaveLength(3);
    expect(bars(image).every((bar) => bar.includes('url(#ranking-estimate-hatch)'))).toBe(true);
    expect(renderToStaticMarkup(h(RankingLegend, { ranking: ranking([]) }))).not.toContain('estimate');
  });
});
