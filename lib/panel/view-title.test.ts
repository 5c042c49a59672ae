import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../view-state/dashboard-state';
import { describeView } from './view-title';

const names: Record<string, string> = { KAZ: 'Kazakhstan', CHN: 'China', RUS: 'Russia', DEU: 'Germany' };
const nameOf = (code: string) => names[code] ?? code;
const article = { published: 'September 2019', publication: 'The Diplomat', reporter: 'KAZ' };

describe('describeView', () => {
  it('names the partners, reporter, flows and years of the default view', () => {
    expect(describeView(DEFAULT_STATE, nameOf, article).title).toBe(
      'China and Russia: share of Kazakhstan’s imports and exports, 1995–2017',
    );
  });
  it('names the source and the unit of a value view', () => {
    const { title, description } = describeView(
      {
        ...DEFAULT_STATE,
        partners: ['CHN', 'RUS', 'DEU'],
        flows: ['export'],
        measure: 'value',
        source: 'dots',
      },
      nameOf,
      article,
    );
    expect(title).toBe('China, Russia and Germany: Kazakhstan’s exports (US$ million), 1995–2017');
    expect(description).toContain('IMF DOTS');
  });
  it('names the article’s outlet and date only when its notes are shown', () => {
    expect(describeView(DEFAULT_STATE, nameOf, article).description).toContain(
      'with events from a September 2019 article in The Diplomat',
    );
    expect(describeView({ ...DEFAULT_STATE, annotations: false }, nameOf, article).description).not.toContain(
      'article',
    );
    expect(describeView({ ...DEFAULT_STATE, reporter: 'KGZ' }, nameOf, article).description).not.toContain(
      'article',
    );
  });
});
