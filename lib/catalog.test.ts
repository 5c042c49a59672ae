import { describe, expect, it } from 'vitest';
import { catalogForView, reportersOf, type Catalog } from './catalog';

const catalog: Catalog = {
  economies: [
    { code: 'KAZ', name: 'Kazakhstan', kind: 'economy' },
    { code: 'KGZ', name: 'Kyrgyz Republic', kind: 'economy' },
  ],
  partners: {
    wits: { KAZ: ['CHN', 'RUS'], KGZ: ['CHN', 'KAZ'] },
    dots: { KAZ: ['CHN', 'DEU', 'RUS'] },
  } as Catalog['partners'],
};

describe('catalogForView', () => {
  it('keeps the view’s partner list, every economy and every reporter choice', () => {
    const trimmed = catalogForView(catalog, { source: 'wits', reporter: 'KAZ' });
    expect(trimmed.partners.wits.KAZ).toEqual(['CHN', 'RUS']);
    expect(trimmed.economies).toEqual(catalog.economies);
    expect(reportersOf(trimmed, 'wits')).toEqual(['KAZ', 'KGZ']);
    expect(reportersOf(trimmed, 'dots')).toEqual(['KAZ']);
  });

  it('leaves out the other reporters’ and sources’ partner lists', () => {
    const trimmed = catalogForView(catalog, { source: 'wits', reporter: 'KAZ' });
    expect(trimmed.partners.wits.KGZ).toEqual([]);
    expect(trimmed.partners.dots.KAZ).toEqual([]);
  });
});
