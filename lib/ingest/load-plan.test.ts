import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from './bulk-writer/bulk-writer';
import { datasetFileFor } from './dataset-files';
import { planLoad, shrinkProblem } from './load-plan';

const kaz = datasetFileFor.wits('en_KAZ_AllYears_WITS_Trade_Summary.CSV');
const dots = datasetFileFor.dots;
const economies = { file: 'data/economies.csv', checksum: 'e1' };
const loaded = (entries: [string, string][]) =>
  new Map<string, LoadedDataset>(
    entries.map(([id, checksum]) => [
      id,
      { source: id === 'economies' ? 'reference' : 'wits', checksum, rowCount: 10 },
    ]),
  );

describe('planLoad, from checksums alone', () => {
  it('loads what is new or changed, leaves the rest, removes what is gone', () => {
    const plan = planLoad(
      loaded([
        ['economies', 'e1'],
        [kaz.id, 'k1'],
        ['wits-OLD', 'o1'],
      ]),
      economies,
      [
        { dataset: kaz, checksum: 'k1' },
        { dataset: dots, checksum: 'd1' },
      ],
    );
    expect(plan.economiesChanged).toBe(false);
    expect(plan.load.map((f) => [f.dataset.id, f.kind])).toEqual([['dots', 'first']]);
    expect(plan.unchanged.map((d) => d.id)).toEqual([kaz.id]);
    expect(plan.remove).toEqual(['wits-OLD']);
    expect(plan.filesAfter).toEqual([
      economies,
      { file: kaz.file, checksum: 'k1' },
      { file: dots.file, checksum: 'd1' },
    ]);
  });

  it('reloads every file when data/economies.csv changed', () => {
    const plan = planLoad(
      loaded([
        ['economies', 'e0'],
        [kaz.id, 'k1'],
      ]),
      economies,
      [{ dataset: kaz, checksum: 'k1' }],
    );
    expect(plan.economiesChanged).toBe(true);
    expect(plan.economiesKind).toBe('revised');
    expect(plan.load.map((f) => [f.dataset.id, f.kind])).toEqual([[kaz.id, 'revised']]);
  });
});

describe('shrinkProblem', () => {
  it('refuses a reload that keeps less than half of the stored values, and says how to force it', () => {
    expect(shrinkProblem('dots', 35_732, 0)).toBe(
      'at least half of the 35,732 values dataset "dots" holds (this file gives 0, so the load would remove 35,732); ' +
        'if the new file is right, force it with npm run db:load -- --allow-shrink (or LOAD_ALLOW_SHRINK=1)',
    );
    expect(shrinkProblem('dots', 100, 49)).toBeDefined();
  });

  it('lets a first load, a half or more through', () => {
    expect(shrinkProblem('dots', 0, 0)).toBeUndefined();
    expect(shrinkProblem('dots', 100, 50)).toBeUndefined();
    expect(shrinkProblem('dots', 100, 150)).toBeUndefined();
  });
});
