import { gapNotes } from './gap-notes';
import type { ChartLine, PanelModel } from './panel-model';

// A partner with no value anywhere in the view's range draws nothing: rather than an empty legend
// entry beside an empty line, the legend leaves it out and one sentence says why, with the reason
// the data gives ("Turkey: no value in 2000–2015. Turkey was not among Kazakhstan's five largest
// import sources; WITS publishes only the top five.").

const hasValues = (model: PanelModel, line: ChartLine) => model.rows.some((row) => row[line.dataKey] != null);

export function linesWithValues(model: PanelModel): ChartLine[] {
  return model.lines.filter((line) => hasValues(model, line));
}

export function emptyLineNotes(model: PanelModel): string[] {
  const years =
    model.rows.length > 0 ? `${model.rows[0].year}–${model.rows[model.rows.length - 1].year}` : '';
  return model.lines
    .filter((line) => !line.filled && !line.linkVersion && !hasValues(model, line))
    .map((line) => {
      const points = model.points.get(line.partner);
      const reasons = points ? gapNotes(new Map([[line.partner, points]])).notes : [];
      const why = reasons.length === 1 ? ` ${reasons[0].text}` : '';
      return `${line.name}: no value in ${years}.${why}`;
    });
}
