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
  it('says what each flow shows: China passed Russia in exports, Russia still leads in imports', () => {
    const findings = [
      { flow: 'import' as const, crossover: { kind: 'not-passed' as const } },
      { flow: 'export' as const, crossover: { kind: 'passed' as const, year: 2007 } },
    ];
    expect(viewHeading(DEFAULT_STATE, nameOf, findings)).toBe(
      'China passed Russia in Kazakhstan’s exports in 2007; Russia still leads in its imports',
    );
  });

  it('never says the first partner caught up when it has not, in any flow', () => {
    const heading = viewHeading({ ...DEFAULT_STATE, reporter: 'KGZ' }, nameOf, [
      { flow: 'import', crossover: { kind: 'not-passed' } },
    ]);
    expect(heading).toBe('Russia still leads China in Kyrgyzstan’s imports');
  });

  it('says the first partner already led when it was above the second from the start', () => {
    const heading = viewHeading({ ...DEFAULT_STATE, reporter: 'KGZ' }, nameOf, [
      { flow: 'import', crossover: { kind: 'already-above', year: 1995 } },
      { flow: 'export', crossover: { kind: 'passed', year: 2003 } },
    ]);
    expect(heading).toBe(
      'China passed Russia in Kyrgyzstan’s exports in 2003; China already led Russia in its imports in 1995',
    );
  });

  it('names the partners plainly when no year has both', () => {
    expect(
      viewHeading({ ...DEFAULT_STATE, reporter: 'KGZ' }, nameOf, [
        { flow: 'export', crossover: { kind: 'no-overlap' } },
      ]),
    ).toBe('China and Russia as Kyrgyzstan’s trade partners');
  });

  it('lists one or several partners plainly', () => {
    expect(
      viewHeading({ ...DEFAULT_STATE, partners: ['DEU'] }, nameOf, [{ flow: 'import', crossover: null }]),
    ).toBe('Germany as Kazakhstan’s trade partner');
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
