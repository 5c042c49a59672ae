import './analyses.css';
import type { AnalysisResult } from '@/lib/analyses/analysis-result';
import { MapBody } from './map-body';
import { MirrorBody } from './mirror-body';
import { ProfileBody } from './profile-body';
import { RankingBody } from './ranking-body';
import { RegionBody } from './region-body';
import { SourcesBody } from './sources-body';

// The figure and tables of whichever view the result is.
export function AnalysisBody({ result }: { result: AnalysisResult }) {
  switch (result.view) {
    case 'mirror':
      return <MirrorBody pairs={result.data.pairs} figure={result.figure} />;
    case 'region':
      return <RegionBody panels={result.data.panels} figure={result.figure} source={result.state.source} />;
    case 'ranking':
      return (
        <RankingBody
          ranking={result.data.ranking}
          state={result.state}
          reporterName={result.data.reporterName}
        />
      );
    case 'sources':
      return <SourcesBody comparison={result.data} figure={result.figure} />;
    case 'map':
      return <MapBody map={result.data.map} state={result.state} years={result.data.years} />;
    case 'profile':
      return <ProfileBody data={result.data} figure={result.figure} state={result.state} />;
  }
}
