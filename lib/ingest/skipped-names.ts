// Names a source uses for which data/economies.csv has no code, and why. Rows naming one (as
// reporter or partner) are skipped, counted, and the count printed with this reason; every other
// unknown name is an error.
export const SKIPPED_NAMES: Record<string, Record<string, string>> = {
  dots: {
    'Yemen Arab Rep.':
      'North Yemen before 1990 has no code of its own (ISO gave YEM to the united Yemen, which DOTS lists as "Yemen, Rep. of")',
    'South African Common Customs Area (SACCA)':
      'a customs area, not an economy, with no ISO or World Bank code',
    'Malaysia, West': 'a part of Malaysia with no code of its own (DOTS lists Malaysia too)',
  },
};

export function skipReason(source: string, name: string): string | undefined {
  return SKIPPED_NAMES[source]?.[name];
}
