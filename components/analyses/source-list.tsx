import type { SourceInfo } from '@/lib/panel/series-types';

// Each file a number on the page came from, named exactly: publisher, file, SHA-256 and address.
export function SourceList({ sources }: { sources: SourceInfo[] }) {
  if (sources.length === 0) return <p className="muted">No source file holds figures for this view.</p>;
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id} data-source-file={s.file}>
          {s.publisher}, {s.indicator}: <code>{s.file}</code>, SHA-256 <code>{s.sha256}</code>, loaded{' '}
          {s.loadedAt.slice(0, 10)} (<a href={s.url}>published at</a>)
        </li>
      ))}
    </ul>
  );
}
