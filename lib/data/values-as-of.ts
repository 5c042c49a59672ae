import 'server-only';
import type { DashboardState } from '../view-state/dashboard-state';
import { prisma } from '../database/db';
import type { SourceInfo } from '../panel/series-types';
import type { LinkChanges, ValueChange } from '../panel/version-types';
import { getVersionRecord } from './get-versions';
import { flagFromStored } from './stored-flag';

// A view's values as of an earlier data version: today's, with every revision recorded after that
// version undone. Per key, the earliest revision after the version holds the value then (its old
// value; none when it was added). A dataset first loaded after the version had no values then.

export type StoredValue = { value: number; flag: string | null };
export type Values = Map<string, StoredValue>; // valueKey(partner, flow, year) → value
export type SourceValues = { info: SourceInfo; values: Values; yearsWithData: Set<string> };

export function valueKey(partner: string, flow: string, year: number): string {
  return `${partner}|${flow}|${year}`;
}

export async function valuesAsOf(
  datasetId: string,
  state: DashboardState,
  version: number,
  today: Values,
): Promise<Values> {
  const firstLoad = await prisma.datasetChange.findFirst({
    where: { datasetId, kind: 'first' },
    orderBy: { versionId: 'desc' },
    select: { versionId: true },
  });
  if (firstLoad && firstLoad.versionId > version) return new Map();
  const revisions = await prisma.revision.findMany({
    where: {
      datasetId,
      reporterCode: state.reporter,
      measure: state.measure,
      flow: { in: state.flows },
      partnerCode: { in: state.partners },
      year: { gte: state.from, lte: state.to },
      versionId: { gt: version },
    },
    orderBy: { versionId: 'asc' },
  });
  const then = new Map(today);
  const undone = new Set<string>();
  for (const r of revisions) {
    const key = valueKey(r.partnerCode, r.flow, r.year);
    if (undone.has(key)) continue;
    undone.add(key);
    if (r.oldValue === null) then.delete(key);
    else then.set(key, { value: r.oldValue, flag: flagFromStored(r.oldFlag) });
  }
  return then;
}

// A source's values as of a version, its file named by the checksum that version loaded.
export async function sourceAsOf(
  source: SourceValues,
  state: DashboardState,
  version: number,
): Promise<SourceValues> {
  const [values, record] = await Promise.all([
    valuesAsOf(source.info.id, state, version, source.values),
    getVersionRecord(version),
  ]);
  const sha256 = record?.checksumOf(source.info.file) ?? source.info.sha256;
  return { ...source, info: { ...source.info, sha256 }, values };
}

// Which of the view's values differ between the link's version and today (a value added or
// removed counts too), for the notice, the "as of" line and the table of changes.
export async function changesSinceLink(
  source: SourceValues,
  state: DashboardState,
  version: number,
  currentVersion: number,
): Promise<LinkChanges | null> {
  const [then, record] = await Promise.all([
    valuesAsOf(source.info.id, state, version, source.values),
    getVersionRecord(version),
  ]);
  if (!record) return null;
  const changes: ValueChange[] = [];
  for (const flow of state.flows)
    for (const partner of state.partners)
      for (let year = state.from; year <= state.to; year += 1) {
        const key = valueKey(partner, flow, year);
        const before = then.get(key)?.value ?? null;
        const now = source.values.get(key)?.value ?? null;
        if (before !== now) changes.push({ partner, flow, year, then: before, now });
      }
  return { version, createdAt: record.createdAt, currentVersion, changes };
}
