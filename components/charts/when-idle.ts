// Work that can wait for the page to settle: run `start` once, when the browser is first idle or at
// the reader's first pointer, key, focus or touch, whichever comes first. Returns a cancel. Shared by
// the dashboard's interactive charts (use-interactive-chart.ts) and the analysis figures' details
// (components/analyses/figure-explorer.tsx), so both wake up the same way.
const FIRST_USE_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart'] as const;
const IDLE_TIMEOUT_MS = 5000; // a page that is never idle still gets its interactions

export function whenIdleOrFirstUse(start: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    start();
  };
  // Safari has no requestIdleCallback: a second after hydration stands in for idle there.
  const hasIdle = typeof window.requestIdleCallback === 'function';
  const idle = hasIdle
    ? window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
    : setTimeout(run, 1000);
  for (const event of FIRST_USE_EVENTS) window.addEventListener(event, run, { once: true, passive: true });
  function cancel() {
    if (hasIdle) window.cancelIdleCallback(idle as number);
    else clearTimeout(idle);
    for (const event of FIRST_USE_EVENTS) window.removeEventListener(event, run);
  }
  return () => {
    done = true;
    cancel();
  };
}
