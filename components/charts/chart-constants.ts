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
export const NOTE_COLOR = '#555555';
export const HIGHLIGHT_COLOR = '#FFE08A';
export const CHART_HEIGHT = 340;
export const CHART_INITIAL_WIDTH = 560; // the server's first render, before the browser measures

export const MARKER_LANE_HEIGHT = 24; // one lane of stacked note markers above the plot

// A line's colour, dash and marker, by the partner's place in the view.
export function lineStyle(line: { styleIndex: number }): (typeof PARTNER_STYLES)[number] {
  return PARTNER_STYLES[line.styleIndex % PARTNER_STYLES.length];
}

// Room above the plot for the note markers, taller when notes of one year are stacked.
export function markerSpace(notes: { lane: number }[]): number {
  return 34 + Math.max(0, ...notes.map((note) => note.lane)) * MARKER_LANE_HEIGHT;
}
