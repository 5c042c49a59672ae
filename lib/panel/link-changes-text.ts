import { formatVersionDate } from './format';
import type { LinkChanges } from './version-types';

// What the notice on a link made on an older data version says: how many of the view's values
// changed since, and when the link's version was recorded.
export function linkChangesHeadline(sinceLink: LinkChanges): string {
  const made = `this link was made (data version ${sinceLink.version}, ${formatVersionDate(sinceLink.createdAt)})`;
  const count = sinceLink.changes.length;
  if (count === 0) return `The data have been updated since ${made}; no value in this view changed.`;
  return `${count.toLocaleString('en')} ${count === 1 ? 'value' : 'values'} in this view changed since ${made}.`;
}

export function linkChangesDetail(sinceLink: LinkChanges): string {
  return `The charts and tables show today’s data (data version ${sinceLink.currentVersion}).`;
}
