import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartExport } from '@/components/charts/chart-export';
import { StaticChart } from '@/components/charts/static-chart';
import { buildPanelModel, panelTitle } from '@/lib/panel/panel-model';
import type { Series } from '@/lib/panel/series-types';

// Every sentence generated about a panel names who trades what with whom: in US$ it is the reporter's
// imports from (exports to) the partner, never the partner's own imports or exports; a share is the
// partner's share of the reporter's flow. Checked on the page's summary, the image's text and the
// chart's accessible name, over generated views (reporters, partners, flows, measures, values, gaps).
const ECONOMIES = ['Kazakhstan', 'China', 'Russia', 'Kyrgyzstan', 'Germany', 'Turkey', 'United States'];
const FLOW_WORDS = {
  import: { noun: 'imports', other: 'exports', to: 'from' },
  export: { noun: 'exports', other: 'imports', to: 'to' },
};

const viewArb = fc
  .record({
    names: fc.shuffledSubarray(ECONOMIES, { minLength: 3, maxLength: 4 }),
    flow: fc.constantFrom('import' as const, 'export' as const),
    measure: fc.constantFrom('share' as const, 'value' as const),
    from: fc.integer({ min: 1990, max: 2010 }),
    length: fc.integer({ min: 1, max: 8 }),
  })
  .chain((v) =>
    fc.record({
      view: fc.constant(v),
      values: fc.array(
        fc.array(fc.option(fc.double({ min: 0.01, max: 20_000, noNaN: true }), { nil: null }), {
          minLength: v.length,
          maxLength: v.length,
        }),
        { minLength: v.names.length - 1, maxLength: v.names.length - 1 },
      ),
    }),
  );

type Generated = typeof viewArb extends fc.Arbitrary<infer T> ? T : never;

function seriesOf({ view, values }: Generated): Series[] {
  const [reporterName, ...partnerNames] = view.names;
  return partnerNames.map((partnerName, i) => ({
    reporter: 'R',
    reporterName,
    partner: `P${i}`,
    partnerName,
    flow: view.flow,
    measure: view.measure,
    unit: view.measure === 'share' ? 'percent' : 'US$ million',
    points: values[i].map((value, y) => ({ year: view.from + y, value })),
  }));
}

function textOf(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1])
    .join(' ')
    .replace(/&#x27;/g, '’');
}

function expectExactSubjects(
  sentence: string,
  reporter: string,
  partners: string[],
  flow: 'import' | 'export',
  measure: string,
) {
  const words = FLOW_WORDS[flow];
  expect(sentence).toContain(reporter);
  expect(sentence).not.toMatch(new RegExp(`\\b${words.other}\\b`)); // a panel is about one flow
  for (const partner of partners) {
    expect(sentence).toContain(partner);
    // the partner's own trade is never the subject
    expect(sentence).not.toContain(`${partner}’s ${words.noun}`);
    expect(sentence).not.toContain(`${partner}’s ${words.other}`);
    if (measure === 'value') expect(sentence).not.toMatch(new RegExp(`${partner}’s (share|value)`));
  }
  // every mention of the flow is the reporter's (or "its"), or "those to/from" in a comparison
  for (const m of sentence.matchAll(new RegExp(` ${words.noun}\\b`, 'g'))) {
    const before = sentence.slice(0, m.index);
    expect(before.endsWith(`${reporter}’s`) || before.endsWith('its'), sentence).toBe(true);
  }
  if (measure === 'value')
    for (const partner of partners.filter((p) => sentence.includes(`${p} `) || sentence.endsWith(p)))
      expect(sentence).toMatch(new RegExp(`(${words.noun}|those) ${words.to} ${partner}`));
}

describe('generated sentences name reporter, partner and flow exactly', () => {
  it('in the summary, the image text and the chart’s accessible name, for every measure and flow', () => {
    fc.assert(
      fc.property(viewArb, (generated) => {
        const series = seriesOf(generated);
        const { flow, measure } = generated.view;
        const model = buildPanelModel(series, flow, measure, []);
        const reporter = series[0].reporterName;
        const partners = series.slice(0, 2).map((s) => s.partnerName);
        expectExactSubjects(model.summary, reporter, partners, flow, measure);

        const title = panelTitle(model, reporter);
        const image = renderToStaticMarkup(
          createElement(ChartExport, {
            model,
            title,
            source: null,
            fillSource: null,
            viewUrl: 'http://localhost/',
            showNotes: false,
            article: { publication: 'The Diplomat', published: '2019-09-01' },
          }),
        );
        const imageText = textOf(image).replace(/\s+/g, ' ');
        expect(imageText.replace(/ /g, '')).toContain(model.summary.replace(/ /g, ''));
        const chart = renderToStaticMarkup(createElement(StaticChart, { model, showNotes: false }));
        const alt = /aria-label="([^"]*)"/.exec(chart)![1].replace(/&#x27;/g, '’');
        expectExactSubjects(alt, reporter, partners, flow, measure);
      }),
      { numRuns: 300 },
    );
  });
});
