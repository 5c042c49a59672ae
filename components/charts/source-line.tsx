import type { SourceInfo } from '@/lib/panel/series-types';

export function SourceLine({ source, label = 'Source' }: { source: SourceInfo; label?: string }) {
  return (
    <p className="source-line">
      {label}: {source.publisher}. {source.indicator}. File <code>{source.file}</code>.{' '}
      <a href={source.url}>{source.url}</a>
    </p>
  );
}
