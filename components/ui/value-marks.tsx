import { FIXED_SHARE_LABEL, FIXED_SHARE_REASON } from '@/lib/panel/fixed-share-estimates';
import { flagLabel } from '@/lib/view-state/trade-terms';

// What a value carries after it, wherever it is written: its source's flag, and the mark of an IMF
// estimate spread over fixed partner shares (its reason on hover).
export function ValueMarks({ flag, fixedShare }: { flag?: string | null; fixedShare?: boolean }) {
  return (
    <>
      {flag ? <span className="muted"> ({flagLabel(flag)})</span> : null}
      {fixedShare ? (
        <span className="muted" data-estimate title={FIXED_SHARE_REASON}>
          {' '}
          ({FIXED_SHARE_LABEL})
        </span>
      ) : null}
    </>
  );
}
