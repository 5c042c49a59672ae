import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, risCitation, type CitationInput } from './citation';

const source = (publisher: string) => ({
  id: 'x',
  publisher,
  indicator: 'Partner share',
  unit: 'percent',
  url: 'https://example.org/file',
  file: 'data/x.csv',
  sha256: 'a'.repeat(64),
  loadedAt: '2026-11-29T10:00:00.000Z',
});

const input: CitationInput = {
  site: 'Kazakhstan’s trade: China and Russia',
  title: 'Côte d’Ivoire & China: 100% of {odd} #1_share, 1995–2017',
  sources: [source('World Bank, WITS'), source('IMF, DOTS'), source('World Bank, WITS')],
  dataVersion: { id: 7, date: '2026-11-29' },
  permalink: 'https://trade.example/v/Ab_c-12',
  made: '2026-12-03',
};

describe('the citation of a view', () => {
  it('is BibTeX a parser reads back to the same title, link, version and access date, whatever the title holds', () => {
    const { entries, errors } = parse(bibtexCitation(input), { english: false });
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const { fields } = entries[0];
    expect(fields.title).toBe('Côte d’Ivoire & China: 100% of odd #1_share, 1995–2017');
    expect(fields.author).toEqual([{ name: input.site }]);
    expect(fields.url).toBe(input.permalink);
    expect(fields.urldate).toBe('2026-12-03');
    expect(fields.year).toBe('2026');
    expect(fields.note).toBe('Data version 7 of 2026-11-29. Data from World Bank, WITS; IMF, DOTS.');
  });

  it('is APA naming the dashboard, each publisher once, the version, the access date and the permalink', () => {
    expect(apaCitation(input)).toBe(
      'Kazakhstan’s trade: China and Russia. (2026). Côte d’Ivoire & China: 100% of {odd} #1_share, 1995–2017 ' +
        '(data version 7 of 2026-11-29) [Data set]. Data from World Bank, WITS; IMF, DOTS. ' +
        'Retrieved 3 December 2026, from https://trade.example/v/Ab_c-12',
    );
  });

  it('is RIS: CRLF lines from TY to ER, one publisher a line, the access date in Y2', () => {
    const lines = risCitation(input).split('\r\n');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines).toContain('UR  - https://trade.example/v/Ab_c-12');
    expect(lines).toContain('Y2  - 2026/12/03');
    expect(lines).toContain('DA  - 2026/11/29');
    expect(lines.filter((line) => line.startsWith('PB  - '))).toEqual([
      'PB  - World Bank, WITS',
      'PB  - IMF, DOTS',
    ]);
    expect(lines.slice(-2)).toEqual(['ER  - ', '']);
  });

  it('names both publishers when the view has no file, and leaves out a version date it does not know', () => {
    const bare = { ...input, sources: [], dataVersion: { id: 0, date: null } };
    expect(apaCitation(bare)).toContain('(data version 0) [Data set]. Data from World Bank');
    expect(apaCitation(bare)).toContain(
      '; International Monetary Fund, Direction of Trade Statistics (DOTS).',
    );
    expect(risCitation(bare)).not.toContain('DA  - ');
  });
});
