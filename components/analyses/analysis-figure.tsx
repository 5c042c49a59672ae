import type { Figure } from '@/lib/analyses/figure';
import { FigureExplorer } from './figure-explorer';
import { FigureLegend } from './figure-legend';
import { LinePanelSvg, type LinePanelExplore } from './line-panel-svg';

type Props = { figure: Figure; caption: string; explore?: LinePanelExplore };

// The figure on the page: one small multiple per panel on shared axes, each with its own sentence;
// the caption carries the generated summary, so a screen reader hears what a sighted reader sees.
// With `explore`, each panel's years show their values on hover, tap or focus (figure-explorer.tsx).
export function AnalysisFigure({ figure, caption, explore }: Props) {
  return (
    <figure className="analysis-figure" aria-labelledby="figure-caption">
      <FigureLegend
        lines={figure.panels[0]?.lines ?? []}
        estimates={figure.panels.some((panel) => panel.rows.some((row) => row.estimated))}
      />
      <p className="muted axis-note">
        Values: {figure.axis}
        {figure.yMax !== null ? ', the same scale in every panel' : ', each panel on its own scale'}.
      </p>
      <div className="small-multiples">
        {figure.panels.map((panel) => (
          <section
            className="small-multiple"
            key={panel.id}
            aria-labelledby={`panel-${panel.id}`}
            data-panel={panel.id}
          >
            <h3 id={`panel-${panel.id}`}>{panel.title}</h3>
            <LinePanelSvg
              panel={panel}
              scale={figure}
              label={`${panel.title}: ${panel.summary}`}
              explore={explore}
            />
            <p className="summary">{panel.summary}</p>
          </section>
        ))}
        {explore ? <FigureExplorer /> : null}
      </div>
      <figcaption id="figure-caption" className="summary" data-testid="figure-summary">
        {caption}
      </figcaption>
    </figure>
  );
}
