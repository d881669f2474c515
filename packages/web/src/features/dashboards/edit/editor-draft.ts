import {
  DASHBOARD_VERSION_KEY,
  HEADER_ID,
  POSITION_DATA_LIMIT,
  type DashboardLayout,
  type DashboardUpdate,
  type LayoutItem,
} from '@superset-ts/shared';
import type { LoadedDashboard } from '../dashboard-contracts';
import type { EditorDraft } from './useLayoutHistory';

/** The editor's starting draft: the loaded dashboard as it is saved. */
export function draftOf(loaded: LoadedDashboard): EditorDraft {
  const { dashboard } = loaded;
  return {
    layout: loaded.layout,
    title: dashboard.dashboard_title,
    metadata: loaded.metadata,
    css: dashboard.css ?? '',
    properties: {
      slug: dashboard.slug ?? '',
      owners: dashboard.owners.map((owner) => owner.id),
      roles: dashboard.roles.map((role) => role.id),
      certifiedBy: dashboard.certified_by ?? '',
      certificationDetails: dashboard.certification_details ?? '',
    },
  };
}

/** The draft with a new title, which the layout's header (HEADER_ID) shows too. */
export function withTitle(draft: EditorDraft, title: string): EditorDraft {
  const header = draft.layout[HEADER_ID];
  if (typeof header !== 'object' || header === null) return { ...draft, title };
  return {
    ...draft,
    title,
    layout: { ...draft.layout, [HEADER_ID]: { ...header, meta: { ...header.meta, text: title } } },
  };
}

/** The layout as `position_json` holds it: the nodes and `"DASHBOARD_VERSION_KEY": "v2"`. */
export function positionJsonOf(layout: DashboardLayout): string {
  const saved: Record<string, LayoutItem | string> = { ...layout };
  saved[DASHBOARD_VERSION_KEY] = 'v2';
  return JSON.stringify(saved);
}

/**
 * The body of `PUT /api/v1/dashboard/{id}` that saves the draft (metadata keys all kept).
 * Throws when the layout is longer than Superset stores (POSITION_DATA_LIMIT characters).
 */
export function dashboardUpdateOf(draft: EditorDraft): DashboardUpdate {
  const { properties } = draft;
  const positionJson = positionJsonOf(draft.layout);
  if (positionJson.length > POSITION_DATA_LIMIT) {
    throw new Error(
      `The layout is too large to save (${positionJson.length} characters, at most ${POSITION_DATA_LIMIT}): remove some components.`,
    );
  }
  return {
    dashboard_title: draft.title,
    slug: properties.slug.trim() || null,
    owners: properties.owners,
    roles: properties.roles,
    certified_by: properties.certifiedBy.trim() || null,
    certification_details: properties.certificationDetails.trim() || null,
    position_json: positionJson,
    json_metadata: JSON.stringify(draft.metadata),
    css: draft.css,
  };
}
