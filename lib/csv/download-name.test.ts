import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type DashboardState } from '../view-state/dashboard-state';
import { datasetDownloadName, seriesDownloadName, slug } from './download-name';
import type { SeriesResponse } from '../panel/series-types';

const NAMES: Record<string, string> = {
  KAZ: 'Kazakhstan',
  CHN: 'China',
  RUS: 'Russia',
  CIV: "Côte d'Ivoire",
  COG: 'Congo, Rep.',
  KGZ: 'Kyrgyzstan',
};

// Only the names and the query matter for the file name; the points are left empty.
function responseFor(state: DashboardState): SeriesResponse {
  return {
    query: state,
    source: null,
    fillSource: null,
    dataVersion: 1,
    sinceLink: null,
    series: state.flows.flatMap((flow) =>
      state.partners.map((partner) => ({
        reporter: state.reporter,
        reporterName: NAMES[state.reporter] ?? state.reporter,
        partner,
        partnerName: NAMES[partner] ?? partner,
        flow,
        measure: state.measure,
        unit: 'percent',
        points: [],
      })),
    ),
  };
}

describe('seriesDownloadName', () => {
  it('names the default view after reporter, partners, flows, measure and years', () => {
    expect(seriesDownloadName(responseFor(DEFAULT_STATE))).toBe(
      'kazakhstan-china-russia-import-export-share-1995-2017.csv',
    );
  });

  it('says when the numbers are IMF DOTS rather than WITS', () => {
    const state: DashboardState = {
      ...DEFAULT_STATE,
      partners: ['CHN'],
      flows: ['export'],
      from: 2000,
      to: 2005,
      source: 'dots',
      measure: 'value',
    };
    expect(seriesDownloadName(responseFor(state))).toBe(
      'kazakhstan-china-export-value-imf-dots-2000-2005.csv',
    );
  });

  it('says when WITS gaps are filled from IMF DOTS, since the file then holds other numbers', () => {
    expect(seriesDownloadName(responseFor({ ...DEFAULT_STATE, fill: true }))).toBe(
      'kazakhstan-china-russia-import-export-share-gaps-filled-imf-dots-1995-2017.csv',
    );
  });

  it('keeps the partners in the order the view lists them, and a single year once', () => {
    const state: DashboardState = {
      ...DEFAULT_STATE,
      reporter: 'KGZ',
      partners: ['RUS', 'CHN'],
      from: 2008,
      to: 2008,
    };
    expect(seriesDownloadName(responseFor(state))).toBe(
      'kyrgyzstan-russia-china-import-export-share-2008.csv',
    );
  });

  it('turns accented and punctuated names into plain ASCII', () => {
    const state: DashboardState = { ...DEFAULT_STATE, partners: ['CIV', 'COG'] };
    expect(seriesDownloadName(responseFor(state))).toBe(
      'kazakhstan-cote-d-ivoire-congo-rep-import-export-share-1995-2017.csv',
    );
  });

  it('falls back to codes when the partner names would make the name too long', () => {
    const partners = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH'];
    const response = responseFor({ ...DEFAULT_STATE, partners });
    for (const s of response.series) s.partnerName = `${s.partner} Republic of a very long official name`;
    expect(seriesDownloadName(response)).toBe(
      'kazakhstan-aaa-bbb-ccc-ddd-eee-fff-ggg-hhh-import-export-share-1995-2017.csv',
    );
  });
});

describe('slug', () => {
  it('is lower-case ASCII words joined by hyphens', () => {
    expect(slug("  Korea, Dem. People's Rep.  ")).toBe('korea-dem-people-s-rep');
    expect(slug('Hong Kong SAR, China')).toBe('hong-kong-sar-china');
  });

  it('never lets a path or a header through', () => {
    expect(slug('../../etc/passwd"\r\nX: y')).toBe('etc-passwd-x-y');
  });
});

describe('datasetDownloadName', () => {
  it('names a full-dataset download after the dataset id', () => {
    expect(datasetDownloadName('wits-KAZ')).toBe('wits-kaz-observations.csv');
    expect(datasetDownloadName('dots-central-asia')).toBe('dots-central-asia-observations.csv');
  });
});
