// The DOM work of an analysis figure's island (figure-explorer.tsx), on the server-drawn panels
// (line-panel-svg.tsx with `explore`): every value it shows is read from the panel's own markup.

export type FigureDetail = {
  text: string; // what a screen reader hears, e.g. "Fuels, 2017: Kazakhstan, exports 62.31 %; …"
  title: string;
  year: number;
  values: { name: string; value: string }[];
  left: number; // where the year is drawn, in pixels from the figure's box
  top: number; // the bottom of the panel, in pixels from the figure's box
  boxWidth: number; // the figure's width, in pixels: the tooltip stays inside it
};

const PANEL = 'svg[data-explore]';
const STEPS: Record<string, (year: number, from: number, to: number) => number> = {
  ArrowLeft: (y) => y - 1,
  ArrowDown: (y) => y - 1,
  ArrowRight: (y) => y + 1,
  ArrowUp: (y) => y + 1,
  Home: (_, from) => from,
  End: (_, __, to) => to,
};

const numberOf = (svg: Element, name: string) => Number(svg.getAttribute(name));

// The values of every line of a panel in a year; a line with no point there has no value.
export function detailOf(svg: SVGSVGElement, year: number, box: DOMRect): FigureDetail {
  const title = svg.getAttribute('data-title') ?? '';
  const values = [...svg.querySelectorAll('[data-line]')].map((line) => ({
    name: line.getAttribute('data-name') ?? '',
    value: line.querySelector(`[data-year="${year}"]`)?.getAttribute('data-value') ?? 'no value',
  }));
  const [x0, x1, from, to] = ['data-x0', 'data-x1', 'data-from', 'data-to'].map((a) => numberOf(svg, a));
  const x = to === from ? (x0 + x1) / 2 : x0 + ((year - from) / (to - from)) * (x1 - x0);
  const cursor = svg.querySelector('.year-cursor');
  cursor?.setAttribute('x1', String(x));
  cursor?.setAttribute('x2', String(x));
  cursor?.setAttribute('visibility', 'visible');
  const rect = svg.getBoundingClientRect();
  const scale = rect.width / svg.viewBox.baseVal.width;
  return {
    text: `${title}, ${year}: ${values.map((v) => `${v.name} ${v.value}`).join('; ')}.`,
    title,
    year,
    values,
    left: rect.left - box.left + x * scale,
    top: rect.bottom - box.top,
    boxWidth: box.width,
  };
}

function hideCursor(svg: Element) {
  svg.querySelector('.year-cursor')?.setAttribute('visibility', 'hidden');
}

// Hover, tap or keyboard focus on a panel shows a year's values: the pointer's year, or for the
// keyboard the last year first, then the arrow keys (Home, End) step through the years.
export function attachFigureDetails(
  root: HTMLElement,
  show: (detail: FigureDetail | null) => void,
): () => void {
  const years = new Map<Element, number>();
  let shown: Element | null = null; // the panel whose year is on show
  const panelOf = (event: Event) =>
    event.target instanceof Element ? (event.target.closest(PANEL) as SVGSVGElement | null) : null;
  const showYear = (svg: SVGSVGElement, year: number) => {
    const clamped = Math.min(numberOf(svg, 'data-to'), Math.max(numberOf(svg, 'data-from'), year));
    if (shown === svg && years.get(svg) === clamped) return; // the pointer moved within the same year
    years.set(svg, clamped);
    shown = svg;
    root.querySelectorAll(PANEL).forEach((other) => other !== svg && hideCursor(other));
    show(detailOf(svg, clamped, root.getBoundingClientRect()));
  };
  const onPointer = (event: PointerEvent) => {
    const svg = panelOf(event);
    if (!svg) return;
    const rect = svg.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * svg.viewBox.baseVal.width;
    const [x0, x1, from, to] = ['data-x0', 'data-x1', 'data-from', 'data-to'].map((a) => numberOf(svg, a));
    showYear(svg, to === from ? from : Math.round(from + ((x - x0) / (x1 - x0)) * (to - from)));
  };
  const hide = (svg: Element) => {
    hideCursor(svg);
    shown = null;
    show(null);
  };
  const onLeave = (event: PointerEvent) => {
    const svg = panelOf(event);
    if (svg && svg !== document.activeElement && !svg.contains(event.relatedTarget as Node | null)) hide(svg);
  };
  const onFocus = (event: Event) => {
    const svg = panelOf(event);
    if (svg) showYear(svg, years.get(svg) ?? numberOf(svg, 'data-to'));
  };
  const onBlur = (event: Event) => {
    const svg = panelOf(event);
    if (svg) hide(svg);
  };
  const onKey = (event: KeyboardEvent) => {
    const svg = panelOf(event);
    const step = STEPS[event.key];
    if (!svg || !step) return;
    event.preventDefault();
    const year = years.get(svg) ?? numberOf(svg, 'data-to');
    showYear(svg, step(year, numberOf(svg, 'data-from'), numberOf(svg, 'data-to')));
  };
  const listeners = {
    pointermove: onPointer,
    pointerdown: onPointer,
    pointerout: onLeave,
    focusin: onFocus,
    focusout: onBlur,
    keydown: onKey,
  };
  for (const [type, listener] of Object.entries(listeners))
    root.addEventListener(type, listener as EventListener);
  // The island may wake on the very focus that should show a panel: show it now.
  const focused = document.activeElement?.closest?.(PANEL);
  if (focused && root.contains(focused)) showYear(focused as SVGSVGElement, numberOf(focused, 'data-to'));
  return () => {
    for (const [type, listener] of Object.entries(listeners))
      root.removeEventListener(type, listener as EventListener);
  };
}
