'use client';
import { useState } from 'react';
import type { Citations } from '@/lib/brief/citation';

type Loaded = Citations & { permalink: string };

const FORMS = [
  { key: 'apa', label: 'APA' },
  { key: 'bibtex', label: 'BibTeX' },
  { key: 'ris', label: 'RIS' },
] as const;

// "Cite this view": the citation the PDF and the workbook print, fetched when the panel is opened
// (making it saves the view's short link), each form with a copy button.
export function CitePanel({ path }: { path: string }) {
  const [loaded, setLoaded] = useState<{ path: string; citations: Loaded } | null>(null);
  const [message, setMessage] = useState('');
  const citations = loaded?.path === path ? loaded.citations : null;

  const load = async (open: boolean) => {
    if (!open || citations) return;
    setMessage('Making the citation…');
    const response = await fetch(path).catch(() => null);
    if (!response?.ok) return setMessage('The citation could not be made right now; try again in a moment.');
    setLoaded({ path, citations: (await response.json()) as Loaded });
    setMessage('');
  };

  const copy = async (text: string, label: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(`${label} citation copied.`);
    } catch {
      setMessage('Could not copy; select the text and copy it.');
    }
  };

  return (
    <details className="cite-panel" onToggle={(event) => load(event.currentTarget.open)}>
      <summary>Cite this view</summary>
      {citations
        ? FORMS.map(({ key, label }) => (
            <div key={key} className="cite-form">
              <p className="cite-label" id={`cite-${key}`}>
                {label}
              </p>
              <pre data-cite={key}>{citations[key]}</pre>
              <button type="button" onClick={() => copy(citations[key], label)}>
                Copy {label}
              </button>
            </div>
          ))
        : null}
      <p role="status" className="cite-status">
        {message}
      </p>
    </details>
  );
}
