import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../view-state/dashboard-state';
import { viewHeading, viewLede } from './view-text';

const names: Record<string, string> = {
  KAZ: 'Kazakhstan',
  KGZ: 'Kyrgyzstan',
  CHN: 'China',
  RUS: 'Russia',
  DEU: 'Germany',
};
const nameOf = (code: string) => names[code] ?? code;

describe('viewHeading', () => {
  it('tells the article’s story for the default view, where China passed Russia in exports', () => {
    expect(viewHeading(DEFAULT_STATE, nameOf, [{ kind: 'not-passed' }, { kind: 'passed', year: 2007 }])).toBe(
      'How China caught up with Russia as Kazakhstan’s trade partner',
    );
  });

  it('names the reporter of the view, not Kazakhstan', () => {
    const heading = viewHeading({ ...DEFAULT_STATE, reporter: 'KGZ' }, nameOf, [{ kind: 'not-passed' }]);
    expect(heading).toBe('China and Russia as Kyrgyzstan’s trade partners');
  });

  it('says the first partner is ahead when it was above the second from the start', () => {
    const heading = viewHeading({ ...DEFAULT_STATE, reporter: 'KGZ' }, nameOf, [
      { kind: 'already-above', year: 1995 },
    ]);
    expect(heading).toBe('China ahead of Russia as Kyrgyzstan’s trade partner');
  });

  it('lists one or several partners plainly', () => {
    expect(viewHeading({ ...DEFAULT_STATE, partners: ['DEU'] }, nameOf, [null])).toBe(
      'Germany as Kazakhstan’s trade partner',
    );
    expect(viewHeading({ ...DEFAULT_STATE, partners: ['CHN', 'RUS', 'DEU'] }, nameOf, [])).toBe(
      'China, Russia and Germany as Kazakhstan’s trade partners',
    );
  });
});

describe('viewLede', () => {
  it('says whose shares of which flows, and who published them', () => {
    expect(viewLede(DEFAULT_STATE, nameOf)).toBe(
      'China’s and Russia’s shares of Kazakhstan’s imports and exports, as published by the World Bank (WITS)',
    );
  });

  it('follows the reporter, the flows, the measure and the source', () => {
    expect(
      viewLede(
        { ...DEFAULT_STATE, reporter: 'KGZ', partners: ['CHN'], flows: ['export'], source: 'dots' },
        nameOf,
      ),
    ).toBe('China’s share of Kyrgyzstan’s exports, as published by the IMF (Direction of Trade Statistics)');
    expect(viewLede({ ...DEFAULT_STATE, measure: 'value' }, nameOf)).toBe(
      'Kazakhstan’s imports and exports with China and Russia in US$ million, as published by the World Bank (WITS)',
    );
  });
});
