import type { Figure } from '@/lib/analyses/figure';
import type { RegionPanel } from '@/lib/analyses/region';
import { formatValue } from '@/lib/panel/format';
import { SOURCE_LABELS, type Source } from '@/lib/view-state/trade-terms';
import { DataTable } from '../ui/data-table';
import { AnalysisFigure } from './analysis-figure';

const DOTS_COVERAGE =
  'it has every partner in every year and every Central Asian reporter, ' +
  'where WITS publishes only each year’s five largest partners and has no file for Uzbekistan';

type Props = { panels: RegionPanel[]; figure: Figure; source: Source };

// The region at a glance: the small multiples, the crossover table, and each panel's numbers.
export function RegionBody({ panels, figure, source }: Props) {
  return (
    <>
      <p className="summary region-summary" data-testid="region-summary">
        {figure.summary}
      </p>
      {/* The summary is the paragraph above; the caption names the figure, so it is not said twice. */}
      <AnalysisFigure figure={figure} caption={`${figure.title}.`} />
      <section className="analysis-table" aria-labelledby="crossovers-title">
        <h2 id="crossovers-title">When China’s share passed Russia’s</h2>
        <p className="muted">
          The crossover year is the first year from which China’s share is above Russia’s in every later year
          with both shares, to the end of the range (“for good”); when China was ahead earlier and fell back,
          the first such year is given too. Years where either share is missing are skipped, and so are years
          that are IMF estimates with fixed partner shares (the reporter did not report; the IMF spread an
          estimated total over fixed partner shares), which the sentence names. For Kazakhstan’s exports on
          WITS this is 2007, the dashboard’s own crossover. {SOURCE_LABELS[source]} is the source
          {source === 'dots' ? ` (the default: ${DOTS_COVERAGE})` : ''}.
        </p>
        <DataTable
          testId="crossover-table"
          columns={['Reporter', 'Crossover year', 'First passed', 'In words']}
        >
          {panels.map((panel) => (
            <tr key={panel.code} data-reporter={panel.code}>
              <th scope="row">{panel.name}</th>
              <td data-crossover>{panel.crossover.kind === 'passed' ? panel.crossover.year : '—'}</td>
              <td>{'firstPassed' in panel.crossover ? panel.crossover.firstPassed : '—'}</td>
              <td>{panel.sentence}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section className="analysis-table" aria-labelledby="region-numbers-title">
        <h2 id="region-numbers-title">The numbers behind each panel</h2>
        {panels.map((panel) => (
          <details key={panel.code}>
            <summary>{panel.name}</summary>
            <DataTable
              caption={`China’s and Russia’s shares, ${panel.name} (%)`}
              columns={['Year', 'China', 'Russia']}
            >
              {panel.pairs.map((pair) => (
                <tr key={pair.year} data-estimated={pair.estimated ? '' : undefined}>
                  <th scope="row">
                    {pair.year}
                    {pair.estimated && (
                      <span className="estimate-flag"> (IMF estimate, fixed partner shares)</span>
                    )}
                  </th>
                  <td>{pair.china !== null ? formatValue(pair.china, 'share') : '— no value'}</td>
                  <td>{pair.russia !== null ? formatValue(pair.russia, 'share') : '— no value'}</td>
                </tr>
              ))}
            </DataTable>
          </details>
        ))}
      </section>
    </>
  );
}
