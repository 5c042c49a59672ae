import type { MapModel } from '@/lib/analyses/map';
import type { AnalysisState } from '@/lib/view-state/analysis-state';
import { DEFAULT_STATE, dashboardQueryString } from '@/lib/view-state/dashboard-state';
import { MapExplorer } from './map-explorer';
import { MapLegend, swatchStyle } from './map-legend';
import { MapSvg, notDrawn } from './map-svg';
import { MapTable } from './map-table';
import { worldShapes } from './world-shapes';

type Props = { map: MapModel; state: AnalysisState; years: { min: number; max: number } };

// The world at a glance: the sentence, the legend, the server-drawn map with the economies too small
// to draw listed beside it, and every economy in a table. The island above steps through the years.
export function MapBody({ map, state, years }: Props) {
  const world = worldShapes();
  // Each economy's link is written up to three times (shape, list, table): built once.
  const links = new Map(map.economies.map((e) => [e.code, economyDashboardLink(state, e.code)]));
  const linkOf = (code: string) => links.get(code)!;
  const listed = notDrawn(map, world);
  return (
    <>
      <MapExplorer state={state} years={years} />
      <div data-swap="map" className="map-body">
        <p className="summary" data-testid="figure-summary">
          {map.sentence}
        </p>
        <MapLegend legend={map.legend} />
        <a className="skip-link-inline" href="#map-table">
          Skip the map to the table of every economy
        </a>
        <div className="map-layout">
          <div className="map-frame">
            <MapSvg
              map={map}
              world={world}
              linkOf={linkOf}
              label={`World map, ${map.year}: each economy coloured as the legend says; the table below has every figure.`}
            />
          </div>
          <section className="map-not-drawn" aria-labelledby="not-drawn-title">
            <h2 id="not-drawn-title">Not drawn at this scale ({listed.length})</h2>
            <p className="muted">Small or former economies, coloured as on the map:</p>
            <ul data-testid="map-not-drawn">
              {listed.map((e) => (
                <li key={e.code}>
                  <span className="map-swatch" style={swatchStyle(e.category)} aria-hidden="true" />
                  <a href={linkOf(e.code)} data-code={e.code} data-name={e.name} data-detail={e.detail}>
                    {e.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <MapTable map={map} linkOf={linkOf} />
      </div>
    </>
  );
}

// The economy's dashboard with the map's two partners and flow, from IMF DOTS, through the map's year.
export function economyDashboardLink(state: AnalysisState, code: string): string {
  return `/${dashboardQueryString({
    ...DEFAULT_STATE,
    reporter: code,
    partners: state.partners,
    flows: [state.flow],
    source: 'dots',
    from: Math.min(DEFAULT_STATE.from, state.year),
    to: Math.max(DEFAULT_STATE.to, state.year),
  })}`;
}
