'use client';
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import {
  dashboardQueryString,
  parseDashboardState,
  type DashboardState,
  type StateContext,
} from '@/lib/view-state/dashboard-state';

export type ContextProps = {
  economyCodes: string[];
  years: { min: number; max: number };
  dataVersions: { current: number; ids: number[] };
};

// The URL is the view: read it with the one parser, and change the view by writing the URL
// (a history entry, so Back and Forward restore earlier views; no page reload).
export function useDashboardState(contextProps: ContextProps) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const { economyCodes, years, dataVersions } = contextProps;
  const { current: currentVersion, ids: versionIds } = dataVersions;
  const context: StateContext = useMemo(
    () => ({
      economyCodes: new Set(economyCodes),
      years,
      dataVersions: { current: currentVersion, ids: new Set(versionIds) },
    }),
    [economyCodes, years, currentVersion, versionIds],
  );
  const parsed = useMemo(
    () => parseDashboardState(new URLSearchParams(searchParams.toString()), context),
    [searchParams, context],
  );
  const update = useCallback(
    (change: Partial<DashboardState>) => {
      // A new "Show as" choice applies to every panel, replacing the panels' own toggles.
      const next = { ...parsed.state, ...('view' in change ? { tables: [] } : {}), ...change };
      window.history.pushState(null, '', `${pathname}${dashboardQueryString(next)}`);
    },
    [parsed.state, pathname],
  );
  // For a whole next state, e.g. one panel's toggle (lib/view-state/dashboard-state.ts: withPanelView).
  const navigate = useCallback(
    (next: DashboardState) => window.history.pushState(null, '', `${pathname}${dashboardQueryString(next)}`),
    [pathname],
  );
  return { ...parsed, update, navigate };
}
