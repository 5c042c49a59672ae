// Colours and line styles for partners, in one place. Okabe–Ito colours, which readers with the
// common forms of colour blindness can tell apart, each ≥ 4.5:1 against white; every partner also
// gets its own dash pattern and marker shape, so the lines differ without colour (and in print).
export const PARTNER_STYLES = [
  { color: '#B34700', dash: undefined, shape: 'circle' }, // vermillion, darkened for contrast
  { color: '#0068A3', dash: '8 4', shape: 'square' }, // blue
  { color: '#00785A', dash: '2 3', shape: 'diamond' }, // bluish green
  { color: '#8F4A7A', dash: '12 3 3 3', shape: 'triangle' }, // reddish purple
  { color: '#7A5C00', dash: '4 4', shape: 'circle' }, // dark orange
  { color: '#333333', dash: '1 3', shape: 'square' },
  { color: '#2A6F97', dash: '10 2', shape: 'diamond' },
  { color: '#9C3D54', dash: '6 2 1 2', shape: 'triangle' },
] as const;

export const FILLED_DASH = '2 4';
export const FILLED_OPACITY = 0.75;
export const LINK_VERSION_COLOR = '#6B6B6B'; // grey, 5.3:1 on white: the link's values, apart from today's
export const LINK_VERSION_DASH = '0.1 5'; // with round caps: a dotted line
export const NOTE_COLOR = '#555555';
// IMF estimates with fixed partner shares: a hatched-grey band behind those years, hollow markers.
export const ESTIMATE_BAND_COLOR = '#EDEDED';
export const ESTIMATE_MARKER_FILL = '#FFFFFF';
export const HIGHLIGHT_COLOR = '#FFE08A';
export const CHART_HEIGHT = 340;
export const CHART_INITIAL_WIDTH = 560; // the server's first render, before the browser measures

export const MARKER_LANE_HEIGHT = 24; // one lane of stacked note markers above the plot

// A line's colour, dash and marker, by the partner's place in the view.
export function lineStyle(line: { styleIndex: number }): (typeof PARTNER_STYLES)[number] {
  return PARTNER_STYLES[line.styleIndex % PARTNER_STYLES.length];
}

// A line's stroke, as the SVG attributes (and Recharts props) of the same names.
export type LineStroke = {
  stroke: string;
  strokeDasharray: string | undefined;
  strokeWidth: number;
  strokeOpacity: number;
  strokeLinecap: 'round' | 'butt';
};
export type LineLook = LineStroke & { marker: string | null }; // LineDot shape at each point; null: none

// How a line is drawn, in every drawing (page, print, images, legends): a partner's own style;
// its gap-filling values dashed and lighter; a link's original values dotted grey with rings.
export function lineLook(line: { styleIndex: number; filled: boolean; linkVersion: boolean }): LineLook {
  const style = lineStyle(line);
  const look = (stroke: string, strokeDasharray: string | undefined, strokeWidth: number) => ({
    stroke,
    strokeWidth,
    strokeDasharray,
    strokeOpacity: 1,
    strokeLinecap: 'butt' as const,
  });
  if (line.linkVersion)
    return { ...look(LINK_VERSION_COLOR, LINK_VERSION_DASH, 2.5), strokeLinecap: 'round', marker: 'ring' };
  if (line.filled)
    return { ...look(style.color, FILLED_DASH, 1.75), strokeOpacity: FILLED_OPACITY, marker: null };
  return { ...look(style.color, style.dash, 2.25), marker: style.shape };
}

// Room above the plot for the note markers, taller when notes of one year are stacked.
export function markerSpace(notes: { lane: number }[]): number {
  return 34 + Math.max(0, ...notes.map((note) => note.lane)) * MARKER_LANE_HEIGHT;
}
