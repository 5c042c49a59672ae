import { describe, expect, it } from 'vitest';
import { createRenderQueue } from './render-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the render queue', () => {
  it('runs at most its limit at once and the rest in the order they came', async () => {
    const queue = createRenderQueue(2);
    const started: number[] = [];
    const finish: (() => void)[] = [];
    const done = [1, 2, 3, 4, 5].map((n) =>
      queue.run(
        () =>
          new Promise<void>((resolve) => {
            started.push(n);
            finish[n] = resolve;
          }),
        () => false,
      ),
    );
    await tick();
    expect(started).toEqual([1, 2]);
    expect(queue.stats()).toEqual({ running: 2, waiting: 3 });
    finish[2]();
    await tick();
    expect(started).toEqual([1, 2, 3]);
    finish[1]();
    finish[3]();
    await tick();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    finish[4]();
    finish[5]();
    await Promise.all(done);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('skips a reader who left while waiting, and frees the place of a render that failed', async () => {
    const queue = createRenderQueue(1);
    const rendered: string[] = [];
    let release!: () => void;
    const first = queue.run(
      () => new Promise<void>((resolve) => (release = resolve)),
      () => false,
    );
    const left = queue.run(
      async () => void rendered.push('left'),
      () => true,
    );
    const failing = queue.run(
      async () => {
        throw new Error('render failed');
      },
      () => false,
    );
    const last = queue.run(
      async () => void rendered.push('last'),
      () => false,
    );
    release();
    await first;
    await left;
    await expect(failing).rejects.toThrow('render failed');
    await last;
    expect(rendered).toEqual(['last']);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });
});
