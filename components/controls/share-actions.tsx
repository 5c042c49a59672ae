'use client';
import { useState } from 'react';
import { dashboardQueryString, type DashboardState } from '@/lib/view-state/dashboard-state';
import type { SourceInfo } from '@/lib/panel/series-types';
import { viewCsvPath, viewUrl } from '@/lib/view-state/view-url';

type Props = { state: DashboardState; source: SourceInfo | null; currentVersion: number };

// Ways to take the view elsewhere: its link, a short link, and its numbers as CSV. Links carry the
// data version they were made on (v=; a link opened from an older version keeps its own), so
// whoever opens them later is told what changed since.
export function ShareActions({ state, source, currentVersion }: Props) {
  const [message, setMessage] = useState('');
  const [shortLink, setShortLink] = useState<string | null>(null);
  const linked = { ...state, version: state.version ?? (currentVersion > 0 ? currentVersion : null) };
  const query = dashboardQueryString(linked);

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(`${what} copied.`);
    } catch {
      setMessage(`Could not copy; select the address and copy it: ${text}`);
    }
  };

  const share = async () => {
    setMessage('Making a short link…');
    const response = await fetch('/api/share', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).catch(() => null);
    if (!response?.ok) {
      setMessage('The short link could not be made; the full link still works.');
      return;
    }
    const { path } = (await response.json()) as { path: string };
    const link = new URL(path, window.location.origin).toString();
    setShortLink(link);
    await copy(link, 'Short link');
  };

  return (
    <div className="share-actions" role="group" aria-label="Share and download">
      <button type="button" onClick={() => copy(viewUrl(linked, window.location.origin), 'Link')}>
        Copy link
      </button>
      <button type="button" onClick={share}>
        Short link
      </button>
      <a className="button" href={viewCsvPath(state)} download>
        Download CSV (this view)
      </a>
      {source ? (
        <a className="button" href={`/api/datasets/${encodeURIComponent(source.id)}/csv`} download>
          Download whole dataset (CSV)
        </a>
      ) : null}
      {shortLink ? (
        <label className="short-link">
          Short link <input readOnly value={shortLink} onFocus={(event) => event.target.select()} />
        </label>
      ) : null}
      <p role="status" className="share-status">
        {message}
      </p>
    </div>
  );
}
