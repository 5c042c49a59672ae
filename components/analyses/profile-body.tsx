import type { Figure } from '@/lib/analyses/figure';
import { formatProfileValue } from '@/lib/panel/format';
import type { ProfileResult } from '@/lib/analyses/analysis-result';
import type { AnalysisState } from '@/lib/view-state/analysis-state';
import { VERDICT_LABELS } from '../claims/claims-table';
import { AnalysisFigure } from './analysis-figure';
import { ProfileTables } from './profile-tables';

type Props = { data: ProfileResult; figure: Figure; state: AnalysisState };

// What an economy trades: the article's resource claim (on Kazakhstan), the product groups over
// time, then each reporter's tables side by side, and links to its dashboard.
export function ProfileBody({ data, figure, state }: Props) {
  const { claim } = data;
  return (
    <>
      {claim ? (
        <section
          className="claims resource-claim"
          aria-labelledby="resource-claim-title"
          data-testid="resource-claim"
        >
          <h2 id="resource-claim-title">The article’s claim about resources, beside the export shares</h2>
          <blockquote>
            “{claim.quote}” <span className="muted">(paragraph {claim.paragraph})</span>
          </blockquote>
          <ul className="resource-shares">
            <li data-group="Fuels">
              Fuels: {claim.fuels === null ? '— no value' : `${claim.fuels.toFixed(2)} %`}
            </li>
            <li data-group="Minerals">
              Minerals: {claim.minerals === null ? '— no value' : `${claim.minerals.toFixed(2)} %`}
            </li>
            <li data-group="Metals">
              Metals: {claim.metals === null ? '— no value' : `${claim.metals.toFixed(2)} %`}
            </li>
          </ul>
          <p>
            <strong className={`verdict verdict-${claim.verdict}`}>{VERDICT_LABELS[claim.verdict]}</strong>{' '}
            <span data-testid="resource-claim-explanation">{claim.explanation}</span>
          </p>
        </section>
      ) : null}
      <p className="summary" data-testid="profile-summary">
        {figure.summary}
      </p>
      <AnalysisFigure
        figure={figure}
        caption={`${figure.title}. ${figure.summary}`}
        explore={{ valueText: (value) => formatProfileValue(value, 'share') }}
      />
      <div className={data.profiles.length > 1 ? 'profile-side-by-side' : undefined}>
        {data.profiles.map((profile) => (
          <ProfileTables key={profile.code} profile={profile} year={state.year} base={state.base} />
        ))}
      </div>
      <p className="profile-links">
        {data.profiles.map((p) => (
          <a key={p.code} href={`/?reporter=${p.code}`} data-testid="dashboard-link">
            {p.name}’s partners on the dashboard
          </a>
        ))}
      </p>
    </>
  );
}
