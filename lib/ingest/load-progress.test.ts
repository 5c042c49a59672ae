import { describe, expect, it } from 'vitest';
import type { LoadEvent } from './load';
import { loadProgressPrinter } from './load-progress';

function capture(interactive: boolean, events: LoadEvent[]): string {
  let written = '';
  const out = { write: (text: string) => (written += text) } as unknown as NodeJS.WriteStream;
  const print = loadProgressPrinter(out, interactive);
  events.forEach(print);
  return written;
}

const file = 'data/imf-dots/dots_all_long.csv.gz';
const progress = (seconds: number, rows: number, bytesRead: number): LoadEvent => ({
  kind: 'progress',
  file,
  rows,
  bytesRead,
  bytesTotal: 3000,
  seconds,
});
const events: LoadEvent[] = [
  progress(1, 100_000, 1000),
  progress(2, 200_000, 2000),
  progress(6, 300_000, 2500),
  {
    kind: 'loaded',
    file,
    rows: 400_000,
    seconds: 8,
    notes: ['12 rows repeated with identical values were counted once'],
  },
];

describe('load progress', () => {
  it('on a terminal, updates one line in place with rows/s and the time left, then ends it', () => {
    const text = capture(true, events);
    const [updating, ...after] = text.split('\n');
    expect(updating.split('\r').filter(Boolean)).toHaveLength(3); // three updates of one line
    expect(updating).toContain('200,000 rows, 100,000 rows/s, about 1 s left');
    expect(after[0]).toContain(
      'loaded     data/imf-dots/dots_all_long.csv.gz: 400,000 observations in 8.0 s, 50,000 rows/s',
    );
    expect(after[1]).toContain('note: 12 rows repeated');
  });

  it('elsewhere, prints plain lines, at most one every 5 seconds', () => {
    const text = capture(false, events);
    expect(text).not.toContain('\r');
    const loading = text.split('\n').filter((line) => line.includes('loading'));
    expect(loading).toHaveLength(1); // at 1 s and 2 s it is too soon; at 6 s, 5 s have passed
    expect(loading[0]).toContain('300,000 rows');
    expect(text).toContain('loaded     data/imf-dots/dots_all_long.csv.gz');
  });
});
