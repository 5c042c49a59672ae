import { formatVersionDate } from '@/lib/panel/format';

// What a printed view carries and the screen does not show: the address that reopens it exactly,
// and the date it was printed (the day it was drawn, in UTC like the data versions' dates).
export function PrintStamp({ url }: { url: string }) {
  return (
    <p className="print-only print-stamp" data-testid="print-stamp">
      This view: {url} · printed{' '}
      <span suppressHydrationWarning>{formatVersionDate(new Date().toISOString())}</span>
    </p>
  );
}
