// The ticks of every drawing's axes: the dashboard's charts (static and interactive) and the
// analysis figures, so each draws round numbers the same way.

// Round numbers for a value axis from 0 to at least max: 1, 2, 2.5 or 5 × a power of ten per step.
export function valueAxisTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step / 2; tick += step) ticks.push(Number(tick.toFixed(10)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toFixed(10)));
  return ticks;
}

// Round years from `from` to `to`, at most maxTicks of them.
export function yearAxisTicks(from: number, to: number, maxTicks: number): number[] {
  const step = [1, 2, 5, 10, 20].find((s) => (to - from) / s <= maxTicks - 1) ?? 25;
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}

// A value tick as printed on every axis: thousands grouped ("10,000"), decimals only where the step has them.
const TICK_LABEL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export function tickLabel(tick: number): string {
  return TICK_LABEL.format(tick);
}
