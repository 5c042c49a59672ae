import { formatDifference, formatProfileValue } from '@/lib/panel/format';
import type { FlowProfile, ReporterProfile } from '@/lib/analyses/profile';
import { FLOW_LABELS } from '@/lib/view-state/trade-terms';
import { DataTable } from '../ui/data-table';
import { ProfileSparkline } from './profile-sparkline';

const NO_VALUE = '— no value';
const share = (value: number | null) => (value === null ? NO_VALUE : formatProfileValue(value, 'share'));
const usd = (value: number | null) => (value === null ? NO_VALUE : formatProfileValue(value, 'usd-million'));

type ProfileTablesProps = { profile: ReporterProfile; year: number; base: number };

// One reporter's tables: its largest product groups in the year with their change since the base
// year, the stages of processing, the WITS years that do not add up, and its indicators.
export function ProfileTables({ profile, year, base }: ProfileTablesProps) {
  const id = profile.code.toLowerCase();
  return (
    <section className="profile-reporter" data-reporter={profile.code} aria-labelledby={`profile-${id}`}>
      <h2 id={`profile-${id}`}>{profile.name}</h2>
      {(['export', 'import'] as const).map((flow) => (
        <GroupTable
          key={flow}
          id={id}
          name={profile.name}
          flows={profile.flows[flow]}
          year={year}
          base={base}
        />
      ))}
      <StageTable id={id} profile={profile} year={year} />
      <OddYears profile={profile} />
      <IndicatorTable id={id} profile={profile} year={year} base={base} />
    </section>
  );
}

type GroupTableProps = { id: string; name: string; flows: FlowProfile; year: number; base: number };

function GroupTable({ id, name, flows, year, base }: GroupTableProps) {
  const noun = FLOW_LABELS[flows.flow].noun;
  const titleId = `groups-${id}-${flows.flow}`;
  return (
    <div className="analysis-table">
      <h3 id={titleId}>
        {name}’s {noun} by product group, {year}
      </h3>
      {flows.gap ? (
        <p className="gap-note" data-testid={`gap-${flows.flow}`}>
          {flows.gap}
        </p>
      ) : (
        <DataTable
          columns={[
            'Product group',
            `Share ${year}`,
            `US$ million ${year}`,
            `Share ${base}`,
            `Change since ${base}`,
          ]}
          testId={`groups-${flows.flow}`}
          labelledBy={titleId}
        >
          {flows.groups.map((g) => (
            <tr key={g.product} data-group={g.name}>
              <th scope="row">{g.name}</th>
              <td data-share>{share(g.share)}</td>
              <td>{usd(g.value)}</td>
              <td>{share(g.baseShare)}</td>
              <td>{g.change === null ? '—' : formatDifference(g.change, 'share')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}

function StageTable({ id, profile, year }: { id: string; profile: ReporterProfile; year: number }) {
  const titleId = `stages-${id}`;
  const { export: exports, import: imports } = profile.flows;
  return (
    <div className="analysis-table">
      <h3 id={titleId}>By stage of processing, {year}</h3>
      <p className="muted">
        WITS classifies part of trade by stage; the four stages need not add up to 100 %.
      </p>
      <DataTable
        columns={['Stage', 'Share of exports', 'Share of imports']}
        testId="stages"
        labelledBy={titleId}
      >
        {exports.stages.map((stage, index) => (
          <tr key={stage.product} data-stage={stage.name}>
            <th scope="row">{stage.name}</th>
            <td>{share(stage.share)}</td>
            <td>{share(imports.stages[index].share)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

function OddYears({ profile }: { profile: ReporterProfile }) {
  const odd = [...profile.flows.export.odd, ...profile.flows.import.odd];
  if (odd.length === 0) return null;
  return (
    <div className="analysis-table">
      <h3>Years where WITS’s product groups do not add up</h3>
      <ul className="odd-years" data-testid="odd-years">
        {odd.map((o) => (
          <li key={`${o.flow}-${o.year}`}>{o.text}</li>
        ))}
      </ul>
    </div>
  );
}

type IndicatorTableProps = { id: string; profile: ReporterProfile; year: number; base: number };

function IndicatorTable({ id, profile, year, base }: IndicatorTableProps) {
  const titleId = `indicators-${id}`;
  return (
    <div className="analysis-table">
      <h3 id={titleId}>{profile.name}’s trade indicators</h3>
      <DataTable
        columns={['Indicator', year, base, 'Over the years']}
        testId="indicators"
        labelledBy={titleId}
      >
        {profile.indicators.map((row) => (
          <tr key={row.series} data-indicator={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.value === null ? NO_VALUE : formatProfileValue(row.value, row.unit)}</td>
            <td>{row.baseValue === null ? NO_VALUE : formatProfileValue(row.baseValue, row.unit)}</td>
            <td>
              <ProfileSparkline row={row} label={`${row.label}, ${profile.name}`} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
