'use client';
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import {
  dashboardQueryString,
  parseDashboardState,
  type DashboardState,
  type StateContext,
} from '@/lib/dashboard-state';

export type ContextProps = { economyCodes: string[]; years: { min: number; max: number } };

// The URL is the view: read it with the one parser, and change the view by writing the URL
// (a history entry, so Back and Forward restore earlier views; no page reload).
export function useDashboardState(contextProps: ContextProps) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const context: StateContext = useMemo(
    () => ({ economyCodes: new Set(contextProps.economyCodes), years: contextProps.years }),
    [contextProps.economyCodes, contextProps.years],
  );
  const parsed = useMemo(
    () => parseDashboardState(new URLSearchParams(searchParams.toString()), context),
    [searchParams, context],
  );
  const update = useCallback(
    (change: Partial<DashboardState>) => {
      const next = { ...parsed.state, ...change };
      window.history.pushState(null, '', `${pathname}${dashboardQueryString(next)}`);
    },
    [parsed.state, pathname],
  );
  return { ...parsed, update };
}
