import { FLOW_LABELS, SOURCE_LABELS, type Flow, type Source } from '../view-state/trade-terms';

// Why a year has no number, in words a reader understands: the source has no file for the
// reporter, no data at all for that flow and year, or (WITS) the partner was not in the top five.
export type GapContext = {
  source: Source;
  hasFile: boolean; // the source has a file for the reporter
  hasYear: boolean; // the file has any value for this flow and year
  reporter: string; // names, not codes
  partner: string;
  flow: Flow;
  year: number;
};

export function gapReason(gap: GapContext): string {
  const source = SOURCE_LABELS[gap.source];
  if (!gap.hasFile) return `${source} has no file for ${gap.reporter}.`;
  if (!gap.hasYear)
    return `${source} has no ${FLOW_LABELS[gap.flow].noun} data for ${gap.reporter} in ${gap.year}.`;
  if (gap.source === 'wits') {
    const role = gap.flow === 'import' ? 'import sources' : 'export destinations';
    return `${gap.partner} was not among ${gap.reporter}'s five largest ${role} in ${gap.year}; WITS publishes only the top five.`;
  }
  return `${source} has no value for ${gap.partner} in ${gap.year}.`;
}
