'use client';
import { useEffect, useRef, useState } from 'react';
import { analysisQueryString, type AnalysisState } from '@/lib/view-state/analysis-state';
import { attachMapDetails, attachTableSort, swapFrom } from './map-interactions';

type Props = { state: AnalysisState; years: { min: number; max: number } };
type Detail = { text: string; href: string | null; name: string };

const PLAY_STEP_MS = 1200;

// The map's island: a year stepper (and play) that redraws the view without a full reload, the
// details of the economy under the pointer, finger or keyboard focus, and sorting the table. The
// map, legend, sentence and table are server-drawn; the stepper's links work without this script.
export function MapExplorer({ state, years }: Props) {
  const [year, setYear] = useState(state.year);
  const [playing, setPlaying] = useState(false);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<number | null>(null);
  const yearRef = useRef(year);
  const hrefOf = (y: number) => `${analysisQueryString('map', { ...state, year: y }, years) || '?'}`;

  const go = async (target: number) => {
    if (target < years.min || target > years.max || target === yearRef.current) return;
    setBusy(true);
    try {
      const url = `${window.location.pathname}${hrefOf(target)}`;
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      if (!response.ok) throw new Error(String(response.status));
      swapFrom(new DOMParser().parseFromString(await response.text(), 'text/html'));
      window.history.replaceState(null, '', url);
      yearRef.current = target;
      setYear(target);
      setDetail(null);
      setFailed(null);
    } catch {
      setFailed(target); // the stepper's links still load the year in full
      setPlaying(false);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const detach = [attachMapDetails(setDetail), attachTableSort()];
    return () => detach.forEach((off) => off());
  }, []);

  useEffect(() => {
    if (!playing) return;
    if (yearRef.current >= years.max) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => void go(yearRef.current + 1), PLAY_STEP_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, year]);

  const step = (target: number) => (event: React.MouseEvent) => {
    event.preventDefault();
    setPlaying(false);
    void go(target);
  };
  return (
    <div className="map-explorer">
      <div className="map-stepper" role="group" aria-label="Year of the map">
        {year > years.min ? (
          <a
            href={hrefOf(year - 1)}
            onClick={step(year - 1)}
            className="toggle"
            aria-label={`Previous year, ${year - 1}`}
          >
            ‹ {year - 1}
          </a>
        ) : null}
        <span className="map-year" aria-live="polite" data-testid="map-year">
          {year}
          {busy ? ' …' : ''}
        </span>
        {year < years.max ? (
          <a
            href={hrefOf(year + 1)}
            onClick={step(year + 1)}
            className="toggle"
            aria-label={`Next year, ${year + 1}`}
          >
            {year + 1} ›
          </a>
        ) : null}
        <button
          type="button"
          className="toggle"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && yearRef.current >= years.max) void go(Math.max(years.min, state.base));
            setPlaying(!playing);
          }}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
      {failed !== null ? (
        <p role="alert">
          Could not load {failed}: <a href={hrefOf(failed)}>open {failed}</a>.
        </p>
      ) : null}
      {/* A fixed height, so the map below never moves as the details change. */}
      <div className="map-details" data-testid="map-details">
        {detail ? (
          <>
            <p>{detail.text}</p>
            {detail.href ? (
              <a href={detail.href}>Open {detail.name}’s dashboard with the same two partners</a>
            ) : null}
          </>
        ) : (
          <p className="muted">Point at, tap or tab to an economy for its two shares and the gap.</p>
        )}
      </div>
    </div>
  );
}
