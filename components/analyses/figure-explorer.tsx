'use client';
import { useEffect, useRef, useState } from 'react';
import { whenIdleOrFirstUse } from '../charts/when-idle';
import { attachFigureDetails, type FigureDetail } from './figure-interactions';

const TOOLTIP_WIDTH = 240; // px; kept inside the figure, so a phone never scrolls sideways

// A figure's island: once the page is idle (or at the reader's first pointer, key or focus), the
// server-drawn panels show a year's values on hover, tap or keyboard focus, in a tooltip laid over
// the figure (no layout shift) and a polite live region for screen readers. Nothing is fetched:
// the values are the panels' own data attributes.
export function FigureExplorer() {
  const anchor = useRef<HTMLSpanElement>(null);
  const [detail, setDetail] = useState<FigureDetail | null>(null);
  useEffect(() => {
    const root = anchor.current?.parentElement;
    if (!root) return;
    let detach: (() => void) | null = null;
    const cancel = whenIdleOrFirstUse(() => (detach = attachFigureDetails(root, setDetail)));
    return () => {
      cancel();
      detach?.();
    };
  }, []);
  const width = Math.min(TOOLTIP_WIDTH, detail?.boxWidth ?? TOOLTIP_WIDTH);
  return (
    <>
      <span ref={anchor} className="visually-hidden" aria-live="polite" data-testid="figure-live">
        {detail?.text ?? ''}
      </span>
      {detail ? (
        <div
          className="figure-tooltip"
          aria-hidden="true"
          data-testid="figure-tooltip"
          style={{
            width,
            left: Math.max(0, Math.min(detail.left - width / 2, detail.boxWidth - width)),
            top: detail.top,
          }}
        >
          <strong>
            {detail.title}, {detail.year}
          </strong>
          <dl>
            {detail.values.map((v) => (
              <div key={v.name}>
                <dt>{v.name}</dt>
                <dd>{v.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </>
  );
}
