// The DOM work of the map's island (map-explorer.tsx), on the server-drawn page: delegated
// listeners, so the map and table may be swapped for another year's without re-attaching.

type Detail = { text: string; href: string | null; name: string };

const ECONOMY = '[data-code]';

// Hover, focus or tap on an economy (a shape, or a name in the list beside the map) shows its
// details. A first tap on a shape shows them; a second tap (or Enter) follows its link.
export function attachMapDetails(show: (detail: Detail) => void): () => void {
  let selected: Element | null = null;
  const detailOf = (el: Element): Detail => ({
    text: el.getAttribute('data-detail') ?? el.getAttribute('aria-label') ?? '',
    href: el.getAttribute('href'),
    name: el.getAttribute('data-name') ?? el.getAttribute('aria-label')?.split(':')[0] ?? '',
  });
  const target = (event: Event) => (event.target instanceof Element ? event.target.closest(ECONOMY) : null);
  const onHover = (event: Event) => {
    const el = target(event);
    if (el) show(detailOf(el));
  };
  const onClick = (event: Event) => {
    const el = target(event);
    if (!el || el === selected) return;
    selected = el;
    event.preventDefault();
    show(detailOf(el));
  };
  document.addEventListener('pointerover', onHover);
  document.addEventListener('focusin', onHover);
  document.addEventListener('click', onClick);
  return () => {
    document.removeEventListener('pointerover', onHover);
    document.removeEventListener('focusin', onHover);
    document.removeEventListener('click', onClick);
  };
}

// A click on a column's heading sorts the table by it; a second click reverses the order.
export function attachTableSort(): () => void {
  const onClick = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-sort]') : null;
    const table = button?.closest('table');
    if (!button || !table) return;
    const key = button.getAttribute('data-sort')!;
    const numeric = button.hasAttribute('data-numeric');
    const heading = button.closest('th')!;
    const ascending = heading.getAttribute('aria-sort') !== 'ascending';
    const valueOf = (row: Element) =>
      row.querySelector(`[data-key="${key}"]`)?.getAttribute('data-value') ?? '';
    const body = table.tBodies[0];
    const rows = [...body.rows].sort((a, b) => {
      const [x, y] = [valueOf(a), valueOf(b)];
      if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1; // blanks last either way
      const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    body.append(...rows);
    table.querySelectorAll('th[aria-sort]').forEach((th) => th.removeAttribute('aria-sort'));
    heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}

// Replaces every region of this page marked data-swap with the same region of another year's page.
export function swapFrom(next: Document) {
  for (const region of document.querySelectorAll('[data-swap]')) {
    const fresh = next.querySelector(`[data-swap="${region.getAttribute('data-swap')}"]`);
    if (fresh) region.replaceChildren(...[...fresh.childNodes].map((n) => document.importNode(n, true)));
  }
  document.title = next.title || document.title;
}
