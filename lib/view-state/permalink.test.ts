import { describe, expect, it } from 'vitest';
import { ANALYSIS_DEFAULTS } from './analysis-state';
import { DEFAULT_STATE } from './dashboard-state';
import { briefPath, storedViewPath, storedViewQuery } from './permalink';

describe('what a short link stores and where it opens', () => {
  it('stores the dashboard’s canonical query with v=, and opens it on the dashboard', () => {
    const stored = storedViewQuery({ view: 'dashboard', state: { ...DEFAULT_STATE, partners: ['CHN'] } }, 4);
    expect(stored).toBe('partners=CHN&v=4');
    expect(storedViewPath(stored)).toBe('/?partners=CHN&v=4');
    expect(storedViewPath('')).toBe('/');
  });

  it('stores an analysis view with its path and v=, and opens that view', () => {
    const state = { ...ANALYSIS_DEFAULTS.ranking, reporter: 'UZB' };
    const stored = storedViewQuery({ view: 'ranking', state }, 4);
    expect(stored).toBe('/ranking?reporter=UZB&v=4');
    expect(storedViewPath(stored)).toBe(stored);
    expect(storedViewQuery({ view: 'mirror', state: ANALYSIS_DEFAULTS.mirror }, null)).toBe('/mirror');
  });

  it('opens nothing that is not a view of this site', () => {
    for (const stored of ['//evil.example/', '/\\evil.example', '/nowhere?x=1', '/mirror/../x', '/https:'])
      expect(storedViewPath(stored), stored).toBeNull();
  });

  it('puts a view’s brief under its page path', () => {
    expect(briefPath('pdf', 'dashboard', '?partners=CHN')).toBe('/api/brief/pdf?partners=CHN');
    expect(briefPath('xlsx', 'region', '')).toBe('/api/brief/xlsx/region');
  });
});
