import type { Dashboard, DashboardJsonMetadata } from '@superset-ts/shared';
import type { LoadedDashboard } from '../../dashboard-contracts';
import { twoRowLayout } from './build-layout';

const ADA = { id: 1, first_name: 'Ada', last_name: 'Admin' };

/** Dashboard 7, "Sales", owned by Ada, as the API returns it. */
export function buildDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    id: 7,
    uuid: '00000000-0000-4000-8000-000000000007',
    slug: 'sales',
    url: '/superset/dashboard/sales/',
    dashboard_title: 'Sales',
    thumbnail_url: null,
    published: true,
    css: '',
    json_metadata: '{}',
    position_json: null,
    certified_by: null,
    certification_details: null,
    changed_by_name: 'Ada Admin',
    changed_by: ADA,
    changed_on: '2026-01-01T00:00:00',
    changed_on_delta_humanized: 'a day ago',
    created_by: ADA,
    created_on_delta_humanized: 'a day ago',
    charts: ['Chart 1', 'Chart 2'],
    owners: [ADA],
    roles: [],
    tags: [],
    is_managed_externally: false,
    external_url: null,
    ...overrides,
  };
}

/** "Sales" loaded for the page: the two-row layout (charts 1 and 2, one markdown). */
export function buildLoadedDashboard(metadata: DashboardJsonMetadata = {}): LoadedDashboard {
  return {
    dashboard: buildDashboard({ json_metadata: JSON.stringify(metadata) }),
    layout: twoRowLayout(),
    metadata,
    charts: [],
  };
}
