'use client';
import { useState } from 'react';
import type { StateIssue } from '@/lib/view-state/dashboard-state';

// Says which link parameters were ignored, so a mistyped link still opens a useful view.
export function UrlNotice({ issues }: { issues: StateIssue[] }) {
  const key = issues.map((issue) => issue.message).join('|');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (issues.length === 0 || dismissed === key) return null;
  return (
    <div role="status" className="notice">
      <p>Some settings in this link were not understood and the defaults are shown instead:</p>
      <ul>
        {issues.map((issue) => (
          <li key={issue.param}>{issue.message}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(key)}>
        Dismiss
      </button>
    </div>
  );
}
