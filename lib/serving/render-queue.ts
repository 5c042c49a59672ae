// Pages the front does not hold yet are rendered by Next at most `limit` at a time; the others
// wait their turn in the order they came. Without the line, 50 readers asking for new analysis
// views at once each got a fiftieth of the CPU: every render finished late (p99 8 s, some after the
// 10 s a client waits) and all their memory was live at once. In line, each render runs at full
// speed once those before it are done, and a reader who left while waiting costs nothing.
export type RenderQueue = {
  /** Runs `render` when a place is free; it resolves when the response is finished. */
  run(render: () => Promise<void>, gone: () => boolean): Promise<void>;
  stats(): { running: number; waiting: number };
};

export function createRenderQueue(limit: number): RenderQueue {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(render, gone) {
      if (running < limit) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve)); // the place passes on
      try {
        if (!gone()) await render();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
    stats: () => ({ running, waiting: waiting.length }),
  };
}
