import { describe, expect, it } from 'vitest';
import type { Series, SeriesPoint } from '@/lib/series-types';
import { buildPanelModel, filledKey, findCrossover, placeNotes } from './chart-model';

const points = (values: Record<number, number | null>): SeriesPoint[] =>
  Object.entries(values).map(([year, value]) => ({
    year: Number(year),
    value,
    ...(value === null ? { reason: 'not in the top five' } : {}),
  }));

const series = (
  partner: string,
  partnerName: string,
  values: Record<number, number | null>,
  flow: 'import' | 'export' = 'export',
): Series => ({
  reporter: 'KAZ',
  reporterName: 'Kazakhstan',
  partner,
  partnerName,
  flow,
  measure: 'share',
  unit: 'percent',
  points: points(values),
});

describe('findCrossover', () => {
  it('finds the first year the first partner is above the second', () => {
    expect(
      findCrossover(
        points({ 2000: 5, 2001: 8, 2002: 12, 2003: 9 }),
        points({ 2000: 20, 2001: 10, 2002: 11, 2003: 10 }),
      ),
    ).toEqual({ kind: 'passed', year: 2002 });
  });
  it('says when the first partner never passes the second', () => {
    expect(findCrossover(points({ 2000: 5, 2001: 8 }), points({ 2000: 20, 2001: 10 }))).toEqual({
      kind: 'not-passed',
    });
  });
  it('ignores years where either value is missing', () => {
    expect(
      findCrossover(points({ 2000: null, 2001: 8, 2002: 12 }), points({ 2000: 1, 2001: 10, 2002: null })),
    ).toEqual({ kind: 'not-passed' });
  });
  it('says when the first partner was above from the start', () => {
    expect(findCrossover(points({ 2000: 30, 2001: 8 }), points({ 2000: 20, 2001: 10 }))).toEqual({
      kind: 'already-above',
      year: 2000,
    });
  });
});

describe('buildPanelModel', () => {
  const data = [
    series('CHN', 'China', { 2000: 5, 2001: 9, 2002: 12 }),
    series('RUS', 'Russia', { 2000: 40, 2001: 20, 2002: 10 }),
    series('CHN', 'China', { 2000: null, 2001: 3, 2002: 4 }, 'import'),
  ];

  it('has one row per year with each partner of the flow, and nothing of the other flow', () => {
    const model = buildPanelModel(data, 'export', 'share', []);
    expect(model.rows).toEqual([
      { year: 2000, CHN: 5, RUS: 40, [filledKey('CHN')]: null, [filledKey('RUS')]: null },
      { year: 2001, CHN: 9, RUS: 20, [filledKey('CHN')]: null, [filledKey('RUS')]: null },
      { year: 2002, CHN: 12, RUS: 10, [filledKey('CHN')]: null, [filledKey('RUS')]: null },
    ]);
    expect(model.lines.map((line) => line.name)).toEqual(['China', 'Russia']);
  });

  it('says in one sentence how the shares moved and when the first passed the second', () => {
    const { summary } = buildPanelModel(data, 'export', 'share', []);
    expect(summary).toContain(
      'China’s share of Kazakhstan’s exports rose from 5.00 % in 2000 to 12.00 % in 2002',
    );
    expect(summary).toContain('Russia’s fell from 40.00 % in 2000 to 10.00 % in 2002');
    expect(summary).toContain('first passed Russia’s in 2002');
  });

  it('keeps a gap as null and adds a dashed filling line that joins the published one', () => {
    const withFill = [series('CHN', 'China', { 2000: null, 2001: 3, 2002: 4 }, 'import')];
    withFill[0].points[0].filled = { value: 1.5, source: 'dots' };
    const model = buildPanelModel(withFill, 'import', 'share', []);
    expect(model.rows[0].CHN).toBeNull();
    expect(model.rows.map((row) => row[filledKey('CHN')])).toEqual([1.5, 3, null]);
    expect(model.lines.filter((line) => line.filled)).toHaveLength(1);
  });
});

describe('placeNotes', () => {
  const notes = [
    { id: 'b', yearFrom: 2013, yearTo: 2013, title: 'B', note: '', paragraph: 3 },
    { id: 'a', yearFrom: 1997, yearTo: 1999, title: 'A', note: '', paragraph: 3 },
    { id: 'c', yearFrom: 2019, yearTo: 2019, title: 'C', note: '', paragraph: 8 },
  ];
  it('keeps the notes that overlap the range, numbered by year', () => {
    expect(placeNotes(notes, 1998, 2017).map((n) => [n.id, n.number])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

describe('notes of the same year', () => {
  it('stack in lanes, so neither marker hides the other', () => {
    const sameYear = [
      { id: 'x', yearFrom: 2019, yearTo: 2019, title: 'X', note: '', paragraph: 2 },
      { id: 'y', yearFrom: 2019, yearTo: 2019, title: 'Y', note: '', paragraph: 8 },
      { id: 'z', yearFrom: 2013, yearTo: 2013, title: 'Z', note: '', paragraph: 3 },
    ];
    expect(placeNotes(sameYear, 2000, 2019).map((n) => [n.id, n.lane])).toEqual([
      ['z', 0],
      ['x', 0],
      ['y', 1],
    ]);
  });
});
