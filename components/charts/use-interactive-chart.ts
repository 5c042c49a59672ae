'use client';
import { useEffect, useState } from 'react';

type ChartModule = typeof import('./interactive-chart');

// Recharts is most of the page's JavaScript, and the server-drawn SVG already shows the chart, so
// the interactive chart is fetched off the critical path: when the browser is first idle, or at the
// reader's first pointer, key or focus, whichever comes first. One fetch for every panel.
const FIRST_USE_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart'] as const;
const IDLE_TIMEOUT_MS = 5000; // a page that is never idle still gets its charts

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
    const start = () => {
      loadChartModule().then((module) => {
        if (!cancelled) setChartModule(module);
      });
    };
    // Safari has no requestIdleCallback: a second after hydration stands in for idle there.
    const hasIdle = typeof window.requestIdleCallback === 'function';
    const idle = hasIdle
      ? window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS })
      : setTimeout(start, 1000);
    for (const event of FIRST_USE_EVENTS)
      window.addEventListener(event, start, { once: true, passive: true });
    return () => {
      cancelled = true;
      if (hasIdle) window.cancelIdleCallback(idle as number);
      else clearTimeout(idle);
      for (const event of FIRST_USE_EVENTS) window.removeEventListener(event, start);
    };
  }, [chartModule]);
  return chartModule;
}
