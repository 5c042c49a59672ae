'use client';
import { useEffect, useState } from 'react';
import { whenIdleOrFirstUse } from './when-idle';

type ChartModule = typeof import('./interactive-chart');

// Recharts is most of the page's JavaScript, and the server-drawn SVG already shows the chart, so
// the interactive chart is fetched off the critical path (when-idle.ts). One fetch for every panel.
let loaded: ChartModule | null = null;
let loading: Promise<ChartModule> | null = null;

function loadChartModule(): Promise<ChartModule> {
  loading ??= import('./interactive-chart').then((module) => (loaded = module));
  return loading;
}

// The interactive chart's module once its code has arrived (the same module object for every
// caller, so its component never changes identity); null until then: draw the static chart.
export function useInteractiveChart(): ChartModule | null {
  const [chartModule, setChartModule] = useState<ChartModule | null>(loaded);
  useEffect(() => {
    if (chartModule) return;
    let cancelled = false;
    const cancelWait = whenIdleOrFirstUse(() => {
      loadChartModule().then((module) => {
        if (!cancelled) setChartModule(module);
      });
    });
    return () => {
      cancelled = true;
      cancelWait();
    };
  }, [chartModule]);
  return chartModule;
}
