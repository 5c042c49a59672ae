import { describe, expect, it } from 'vitest';
import { emptyLineNotes, linesWithValues } from './empty-lines';
import { gapReason } from './gap-reasons';
import { buildPanelModel } from './panel-model';
import type { Series } from './series-types';

const context = {
  source: 'wits' as const,
  hasFile: true,
  hasYear: true,
  reporter: 'Kazakhstan',
  flow: 'import' as const,
};
const series = (partner: string, partnerName: string, values: (number | null)[]): Series => ({
  reporter: 'KAZ',
  reporterName: 'Kazakhstan',
  partner,
  partnerName,
  flow: 'import',
  measure: 'share',
  unit: 'percent',
  points: values.map((value, i) => ({
    year: 2000 + i,
    value,
    ...(value === null ? { reason: gapReason({ ...context, partner: partnerName, year: 2000 + i }) } : {}),
  })),
});

describe('a partner with no value in the range', () => {
  const model = buildPanelModel(
    [series('CHN', 'China', [5, 6, 7]), series('TUR', 'Turkey', [null, null, null])],
    'import',
    'share',
    [],
  );

  it('gets no legend entry', () => {
    expect(linesWithValues(model).map((line) => line.name)).toEqual(['China']);
  });

  it('is said once, with the range and the reason the data gives', () => {
    expect(emptyLineNotes(model)).toEqual([
      "Turkey: no value in 2000–2002. Turkey was not among Kazakhstan's five largest import sources; WITS publishes only the top five.",
    ]);
  });
});
