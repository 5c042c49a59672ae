import type { LegendEntry } from '@/lib/analyses/map';
import { MAP_COLOURS, NO_DATA_BACKGROUND, mapFill } from './map-colours';

// What each colour means, with how many economies have it.
export function MapLegend({ legend }: { legend: LegendEntry[] }) {
  return (
    <ul className="analysis-legend map-legend" aria-label="Legend" data-testid="map-legend">
      {legend.map((entry) => (
        <li key={entry.key} data-legend={entry.key}>
          <span className="map-swatch" style={swatchStyle(entry.key)} aria-hidden="true" />
          {entry.label} ({entry.count})
        </li>
      ))}
    </ul>
  );
}

export function swatchStyle(category: string) {
  const fill = mapFill(category);
  return category in MAP_COLOURS || !fill.startsWith('url(')
    ? { background: fill }
    : { background: NO_DATA_BACKGROUND };
}
