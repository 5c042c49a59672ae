import './analyses.css';
import { ANALYSIS_LABELS } from '@/lib/analyses/describe-analysis';
import { ANALYSIS_VIEWS, type AnalysisView } from '@/lib/view-state/analysis-state';

// Where a reader finds the analyses from the dashboard, and the dashboard from them.
export function AnalysisNav({ current }: { current: AnalysisView | 'dashboard' }) {
  const links = [
    { href: '/', label: 'Dashboard', key: 'dashboard' },
    ...ANALYSIS_VIEWS.map((view) => ({ href: `/${view}`, label: ANALYSIS_LABELS[view].nav, key: view })),
  ];
  return (
    <nav className="analysis-nav" aria-label="Views">
      <ul className="scroll-row">
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.href} aria-current={link.key === current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
