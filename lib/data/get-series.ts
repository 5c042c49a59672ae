import 'server-only';
import type { DashboardState } from '../view-state/dashboard-state';
import { prisma } from '../database/db';
import type { Series, SeriesPoint, SeriesResponse } from '../panel/series-types';
import { gapReason } from '../panel/gap-reasons';
import { MEASURE_UNITS, type Flow, type Source } from '../view-state/trade-terms';
import { isFixedShareYear } from '../panel/fixed-share-estimates';
import { getCatalog, getFixedShareStretches, getWorldCatalog } from './get-catalog';
import { seriesApiQuery } from '../view-state/series-api-query';
import { cachedByVersion, currentDataVersion } from './cached-by-version';
import { flagFromStored } from './stored-flag';
import { changesSinceLink, sourceAsOf, valueKey as key, type SourceValues } from './values-as-of';

// The series for one view: one per partner and flow, with a point for every year in the range.
// A year the source has no number for is a null with the reason, never a zero or an interpolation.
// With asOf, the values are those of that data version; with v (a link's version) older than the
// current one, the response lists the view's values that changed since.
// Cached per data version under the view's data parameters (the display-only ones do not change it).
export const getSeries = cachedByVersion('series', seriesApiQuery, readSeries);

// The read itself, without the result cache: exported for the benchmark (scripts/bench/series-read.ts).
export async function readSeries(state: DashboardState): Promise<SeriesResponse> {
  const currentVersion = await currentDataVersion();
  const { names } = await getCatalog();
  const nameOf = (code: string) => names[code] ?? code;

  const mainToday = await readSource(state, state.source);
  const fillToday = state.fill && state.source !== 'dots' ? await readSource(state, 'dots') : null;
  const asOf = (source: SourceValues | null) =>
    source && state.asOf !== null ? sourceAsOf(source, state, state.asOf) : source;
  const [main, fill, sinceLink] = await Promise.all([
    asOf(mainToday),
    asOf(fillToday),
    mainToday && state.version !== null && state.version < currentVersion
      ? changesSinceLink(mainToday, state, state.version, currentVersion)
      : null,
  ]);

  // IMF estimates with fixed partner shares, of the main source and of the source gaps are filled from.
  const datasetIds = [main?.info.id, fill?.info.id].filter((id): id is string => id !== undefined);
  const stretches =
    datasetIds.length > 0 ? await getFixedShareStretches({ datasetIds, reporters: [state.reporter] }) : [];
  const estimated = (source: SourceValues | null, flow: Flow, year: number) =>
    source !== null &&
    isFixedShareYear(
      stretches.filter((s) => s.datasetId === source.info.id),
      state.reporter,
      flow,
      year,
    );

  const series: Series[] = [];
  for (const flow of state.flows) {
    for (const partner of state.partners) {
      const points: SeriesPoint[] = [];
      for (let year = state.from; year <= state.to; year += 1) {
        const found = main?.values.get(key(partner, flow, year));
        if (found) {
          points.push({
            year,
            value: found.value,
            ...(found.flag ? { flag: found.flag } : {}),
            ...(estimated(main, flow, year) ? { fixedShare: true } : {}),
          });
          continue;
        }
        const point: SeriesPoint = {
          year,
          value: null,
          reason: gapReason({
            source: state.source,
            hasFile: main !== null,
            hasYear: main?.yearsWithData.has(`${flow}|${year}`) ?? false,
            partner: nameOf(partner),
            reporter: nameOf(state.reporter),
            flow,
            year,
          }),
        };
        const filled = fill?.values.get(key(partner, flow, year));
        if (filled)
          point.filled = {
            value: filled.value,
            source: 'dots',
            ...(filled.flag ? { flag: filled.flag } : {}),
            ...(estimated(fill, flow, year) ? { fixedShare: true } : {}),
          };
        points.push(point);
      }
      series.push({
        reporter: state.reporter,
        reporterName: nameOf(state.reporter),
        partner,
        partnerName: nameOf(partner),
        flow,
        measure: state.measure,
        unit: MEASURE_UNITS[state.measure].unit,
        points,
      });
    }
  }
  return {
    query: state,
    source: main?.info ?? null,
    fillSource: fill?.info ?? null,
    series,
    dataVersion: state.asOf ?? currentVersion,
    sinceLink,
    fixedShareStretches: stretches,
  };
}

// How a source's read learns which years have any number for the reporter, flow and measure (so a
// gap can say "no data that year" rather than "no value for this partner"), in the same indexed
// query as the view's rows. A year has data when the read found a row of the measure in it, or:
// - wits: a file holds the top five partners and World, no more, per flow and year, so the read
//   takes every partner's rows of the range (at most six a flow and year): what it found is all.
// - dots: a reporter has ~200 partners, so the read adds the World total (a value) to the view's
//   partners. Every DOTS flow and year with a value has its World total, and a share exists where
//   the World total is positive (lib/ingest/derive-shares.ts): `npm run bench` checks both on the
//   world's data (scripts/bench/series-read.ts).
const YEARS_FROM: Record<Source, 'every partner' | 'world total'> = {
  wits: 'every partner',
  dots: 'world total',
};
const WORLD = 'WLD';

async function readSource(state: DashboardState, source: Source): Promise<SourceValues | null> {
  const info = (await getWorldCatalog()).datasets[source].get(state.reporter);
  if (!info) return null;
  const everyPartner = YEARS_FROM[source] === 'every partner';
  const rows = await prisma.observation.findMany({
    where: {
      datasetId: info.id,
      reporterCode: state.reporter,
      measure: { in: everyPartner ? [state.measure] : [...new Set([state.measure, 'value' as const])] },
      flow: { in: state.flows },
      ...(everyPartner ? {} : { partnerCode: { in: [...new Set([...state.partners, WORLD])] } }),
      year: { gte: state.from, lte: state.to },
    },
    select: { partnerCode: true, flow: true, measure: true, year: true, value: true, flag: true },
  });
  const values: SourceValues['values'] = new Map();
  const yearsWithData = new Set<string>();
  for (const r of rows) {
    if (r.measure === state.measure && state.partners.includes(r.partnerCode))
      values.set(key(r.partnerCode, r.flow, r.year), { value: r.value, flag: flagFromStored(r.flag) });
    const worldTotal = r.partnerCode === WORLD && r.measure === 'value';
    if (r.measure === state.measure || (worldTotal && (state.measure === 'value' || r.value > 0)))
      yearsWithData.add(`${r.flow}|${r.year}`);
  }
  return { info, values, yearsWithData };
}
