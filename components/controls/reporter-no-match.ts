import type { Catalog } from '@/lib/view-state/catalog';
import type { DashboardState } from '@/lib/view-state/dashboard-state';
import { SOURCES, SOURCE_LABELS, type Source } from '@/lib/view-state/trade-terms';
import { matchOptions, type NoMatchHint } from '../ui/searchable-select';

// Typing a reporter the chosen source has no file for ("Uzbek" with World Bank WITS): say so, and
// offer the source that has it ("IMF DOTS has: show Uzbekistan from IMF DOTS"), instead of an empty list.
export function reporterNoMatch(
  query: string,
  source: Source,
  catalog: Catalog,
  nameOf: (code: string) => string,
  update: (change: Partial<DashboardState>) => void,
): NoMatchHint {
  for (const other of SOURCES.filter((s) => s !== source)) {
    const options = catalog.reporters[other].map((code) => ({ value: code, label: nameOf(code) }));
    const [found] = matchOptions(options, query);
    if (found)
      return {
        text: `${SOURCE_LABELS[source]} has no file for ${found.label}; ${SOURCE_LABELS[other]} has.`,
        action: {
          label: `Show ${found.label} from ${SOURCE_LABELS[other]}`,
          onSelect: () => update({ source: other, reporter: found.value }),
        },
      };
  }
  return {
    text: `No reporter in ${SOURCES.map((s) => SOURCE_LABELS[s]).join(' or ')} matches “${query.trim()}”.`,
  };
}
