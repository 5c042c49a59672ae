import type { SeriesResponse } from '../panel/series-types';

// File names a reader can tell apart in a downloads folder: what, where from and which years, e.g.
// kazakhstan-china-russia-import-export-share-1995-2017.csv. Lower-case ASCII, so no browser or
// file system has to guess an encoding.

const MAX_NAMES_LENGTH = 120; // eight long partner names would pass most file systems' 255 bytes

export function seriesDownloadName(response: SeriesResponse): string {
  const state = response.query;
  const reporterName = response.series[0]?.reporterName ?? state.reporter;
  const partnerName = (code: string) => response.series.find((s) => s.partner === code)?.partnerName ?? code;
  const names = state.partners.map((code) => slugOr(partnerName(code), code)).join('-');
  const partners =
    names.length <= MAX_NAMES_LENGTH ? names : state.partners.map((code) => code.toLowerCase()).join('-');
  const years = state.from === state.to ? String(state.from) : `${state.from}-${state.to}`;
  const parts = [
    slugOr(reporterName, state.reporter),
    partners,
    ...state.flows,
    state.measure,
    state.source === 'dots' ? 'imf-dots' : null,
    state.fill && state.source !== 'dots' ? 'gaps-filled-imf-dots' : null,
    years,
  ];
  return `${parts.filter(Boolean).join('-')}.csv`;
}

export function datasetDownloadName(datasetId: string): string {
  return `${slugOr(datasetId, 'dataset')}-observations.csv`;
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // the accents NFKD split off: "Côte" → "Cote"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// A name with no Latin letters at all would slug to nothing; its code still says what it is.
function slugOr(text: string, fallback: string): string {
  return slug(text) || slug(fallback);
}
