import 'server-only';
import type { DashboardState } from '../dashboard-state';
import { prisma } from '../db';
import type { Series, SeriesPoint, SeriesResponse } from '../series-types';
import { gapReason } from '../gap-reasons';
import { MEASURE_UNITS, type Source } from '../trade-terms';
import { toSourceInfo } from './get-datasets';
import { seriesApiQuery } from '../series-api-query';
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
  const economies = await prisma.economy.findMany({
    where: { code: { in: [state.reporter, ...state.partners] } },
  });
  const nameOf = (code: string) => economies.find((e) => e.code === code)?.name ?? code;

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

  const series: Series[] = [];
  for (const flow of state.flows) {
    for (const partner of state.partners) {
      const points: SeriesPoint[] = [];
      for (let year = state.from; year <= state.to; year += 1) {
        const found = main?.values.get(key(partner, flow, year));
        if (found) {
          points.push({ year, value: found.value, ...(found.flag ? { flag: found.flag } : {}) });
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
  };
}

async function readSource(state: DashboardState, source: Source): Promise<SourceValues | null> {
  const dataset = await prisma.dataset.findFirst({
    where: { source, pairs: { some: { reporterCode: state.reporter } } },
    orderBy: { id: 'asc' },
  });
  if (!dataset) return null;
  const where = {
    datasetId: dataset.id,
    reporterCode: state.reporter,
    measure: state.measure,
    flow: { in: state.flows },
    year: { gte: state.from, lte: state.to },
  };
  const [rows, years] = await Promise.all([
    prisma.observation.findMany({ where: { ...where, partnerCode: { in: state.partners } } }),
    // Grouped in SQL: Prisma's `distinct` would fetch every partner's row and drop repeats in memory.
    prisma.observation.groupBy({ by: ['flow', 'year'], where }),
  ]);
  return {
    info: toSourceInfo(dataset),
    values: new Map(
      rows.map((r) => [key(r.partnerCode, r.flow, r.year), { value: r.value, flag: flagFromStored(r.flag) }]),
    ),
    yearsWithData: new Set(years.map((y) => `${y.flow}|${y.year}`)),
  };
}
