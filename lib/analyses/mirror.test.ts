import { describe, expect, it } from 'vitest';
import { buildMirrorPair, mirrorFigure, mirrorOverview, type MirrorPairInput } from './mirror';

const KAZ = { code: 'KAZ', name: 'Kazakhstan' };
const CHN = { code: 'CHN', name: 'China' };
const v = (year: number, value: number, flag: string | null = null) => ({
  year,
  value,
  flag,
  datasetId: 'dots',
});

const imports: MirrorPairInput = {
  reporter: KAZ,
  partner: CHN,
  flow: 'import',
  own: [v(2000, 110), v(2001, 90), v(2003, 50)],
  mirror: [v(2000, 100), v(2001, 100), v(2002, 80)],
  reporterReports: true,
  partnerReports: true,
};

describe('reported against mirror', () => {
  const pair = buildMirrorPair(imports, 2000, 2003);

  it('pairs the reporter’s imports with the partner’s exports, one row per year', () => {
    expect(pair.mirrorFlow).toBe('export');
    expect(pair.rows.map((r) => r.year)).toEqual([2000, 2001, 2002, 2003]);
  });

  it('gives the gap in US$ million and as a percentage of the partner’s figure', () => {
    expect(pair.rows[0].gap).toBe(10);
    expect(pair.rows[0].gapPercent).toBeCloseTo(10);
    expect(pair.rows[1].gap).toBe(-10);
    expect(pair.rows[1].gapPercent).toBeCloseTo(-10);
  });

  it('leaves a year with one side missing as a gap with its reason, never a zero', () => {
    expect(pair.rows[2]).toMatchObject({ own: null, gap: null, gapPercent: null });
    expect(pair.rows[2].reason).toContain('Kazakhstan reports no imports');
    expect(pair.rows[3].mirror).toBeNull();
    expect(pair.rows[3].reason).toContain('China reports no exports');
    expect(pair.rows[0].reason).toBeNull();
  });

  it('says when the partner is not a reporter in the loaded data at all', () => {
    const none = buildMirrorPair({ ...imports, mirror: [], partnerReports: false }, 2000, 2001);
    expect(none.rows[0].reason).toContain('holds no figures reported by China');
    expect(none.summary).toContain('no year in 2000–2001 has both');
  });

  it('states which side is CIF and expected to be larger', () => {
    expect(pair.valuation).toMatch(/Kazakhstan’s imports are valued CIF and China’s exports FOB/);
    expect(pair.valuation).toContain('expected to exceed China’s FOB figure');
    const exports = buildMirrorPair({ ...imports, flow: 'export' }, 2000, 2001);
    expect(exports.valuation).toContain('China’s CIF figure');
  });

  it('summarises the latest year with both sides and how often the CIF side was larger', () => {
    expect(pair.summary).toContain('both sides report 2 of 4 years');
    expect(pair.summary).toContain(
      'In 2001 Kazakhstan reported US$ 90.0 million and China US$ 100.0 million',
    );
    expect(pair.summary).toContain('US$ 10.0 million (10.0 %) below');
    expect(pair.summary).toContain(
      'Valuation alone would make Kazakhstan’s CIF figure the larger; it was in 1 of 2 years.',
    );
  });

  it('draws one panel per pair with both sides as lines', () => {
    const figure = mirrorFigure({ pairs: [pair], sources: [] }, { from: 2000, to: 2003 });
    expect(figure.panels).toHaveLength(1);
    expect(figure.panels[0].title).toBe('Imports, China (Kazakhstan CIF, China FOB)');
    expect(figure.panels[0].rows[2].values).toEqual({ own: null, mirror: 80 });
    expect(figure.panels[0].lines.map((l) => l.name)).toEqual([
      'Kazakhstan’s own figure',
      'The partner’s mirror figure',
    ]);
  });
});

describe('the mirror comparison in one sentence', () => {
  it('counts the years both sides report and which side is larger', () => {
    expect(mirrorOverview([buildMirrorPair(imports, 2000, 2003)])).toBe(
      'Both sides report 2 of 4 flow-years shown; where both do, Kazakhstan’s own figure is the larger in 1 and the partner’s in 1.',
    );
  });
});

describe('reported against mirror, where the reporter’s figures are IMF fixed-share estimates', () => {
  const UZB = { code: 'UZB', name: 'Uzbekistan' };
  const estimate = (year: number, value: number) => ({ ...v(year, value), fixedShare: true as const });
  const exports: MirrorPairInput = {
    reporter: UZB,
    partner: CHN,
    flow: 'export',
    own: [v(2000, 50), estimate(2001, 60), estimate(2002, 70)],
    mirror: [v(2000, 55), v(2001, 90), v(2002, 120)],
    reporterReports: true,
    partnerReports: true,
  };
  const pair = buildMirrorPair(exports, 2000, 2002);

  it('says no year is "reported" by the reporter where its figure is an estimate, and names the years', () => {
    expect(pair.summary).toMatch(
      /^Uzbekistan’s exports to China: both sides report 1 of 3 years\. In 2000 Uzbekistan reported/,
    );
    expect(pair.summary).toMatch(
      /Uzbekistan’s own figures in 2001–2002 are IMF estimates with fixed partner shares, not reports, and are left out\.$/,
    );
    expect(mirrorOverview([pair])).toMatch(
      /2 flow-years with both figures are left out: one side’s figure is an IMF estimate/,
    );
  });

  it('draws those years apart in the figure', () => {
    expect(
      mirrorFigure({ pairs: [pair], sources: [] }, { from: 2000, to: 2002 }).panels[0].rows.map(
        (r) => r.estimated ?? false,
      ),
    ).toEqual([false, true, true]);
  });
});
