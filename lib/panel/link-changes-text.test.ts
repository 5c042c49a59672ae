import { describe, expect, it } from 'vitest';
import { linkChangesDetail, linkChangesHeadline } from './link-changes-text';
import type { LinkChanges } from './version-types';

const since = (count: number): LinkChanges => ({
  version: 3,
  createdAt: '2026-11-29T09:05:00.000Z',
  currentVersion: 5,
  changes: Array.from({ length: count }, (_, i) => ({
    partner: 'CHN',
    flow: 'import' as const,
    year: 2000 + i,
    then: 1,
    now: 2,
  })),
});

describe('the notice on a link made on an older data version', () => {
  it('counts the changed values and names the version and its date', () => {
    expect(linkChangesHeadline(since(22))).toBe(
      '22 values in this view changed since this link was made (data version 3, 29 Nov 2026).',
    );
    expect(linkChangesHeadline(since(1))).toMatch(/^1 value in this view changed/);
  });

  it('says so when the data changed but nothing in this view did', () => {
    expect(linkChangesHeadline(since(0))).toBe(
      'The data have been updated since this link was made (data version 3, 29 Nov 2026); no value in this view changed.',
    );
  });

  it('says which version the charts show', () => {
    expect(linkChangesDetail(since(2))).toContain('data version 5');
  });
});
