'use client';
import type { DashboardState } from '@/lib/view-state/dashboard-state';
import { linkChangesDetail, linkChangesHeadline } from '@/lib/panel/link-changes-text';
import type { LinkChanges } from '@/lib/panel/version-types';
import { viewPath } from '@/lib/view-state/view-url';
import { ChangesTable } from './changes-table';

type Props = {
  sinceLink: LinkChanges;
  state: DashboardState;
  nameOf: (code: string) => string;
  navigate: (next: DashboardState) => void;
};

// On a link made on an older data version: how many values of this view changed since, with a
// switch (compare= in the address, so it works without JavaScript too) that draws the link's
// values beside today's and lists the changes.
export function VersionNotice({ sinceLink, state, nameOf, navigate }: Props) {
  const next = { ...state, compare: !state.compare };
  const count = sinceLink.changes.length;
  return (
    <section
      className="notice version-notice"
      aria-label="Data changed since this link"
      data-testid="version-notice"
    >
      <p role="status">
        <strong>{linkChangesHeadline(sinceLink)}</strong> {linkChangesDetail(sinceLink)}
      </p>
      {count > 0 ? (
        <p>
          <a
            className="button"
            href={viewPath(next)}
            onClick={(event) => {
              event.preventDefault();
              navigate(next);
            }}
          >
            {state.compare
              ? 'Hide the link’s original values'
              : `Show the link’s original values beside today’s`}
          </a>
        </p>
      ) : null}
      {state.compare && count > 0 ? (
        <ChangesTable sinceLink={sinceLink} measure={state.measure} nameOf={nameOf} />
      ) : null}
    </section>
  );
}
