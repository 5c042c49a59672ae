import { FLOW_LABELS, type Flow } from '../view-state/trade-terms';

// Who trades what with whom, in words: the subject of a generated sentence about one partner's line.
// A value is the reporter's trade with the partner ("Kazakhstan’s imports from China"), never the
// partner's own trade ("China’s imports"); a share is the partner's share of the reporter's trade.

export const FLOW_PREPOSITION: Record<Flow, string> = { import: 'from', export: 'to' };

// "Kazakhstan’s imports from China"
export function reporterTradeWith(reporterName: string, flow: Flow, partnerName: string): string {
  return `${reporterName}’s ${FLOW_LABELS[flow].noun} ${FLOW_PREPOSITION[flow]} ${partnerName}`;
}

// "its imports from Russia": the same trade, named again later in a sentence
export function itsTradeWith(flow: Flow, partnerName: string): string {
  return `its ${FLOW_LABELS[flow].noun} ${FLOW_PREPOSITION[flow]} ${partnerName}`;
}
