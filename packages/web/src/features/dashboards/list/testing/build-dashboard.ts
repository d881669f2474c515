import type { DashboardListItem } from '@superset-ts/shared';

const ADA = { id: 1, first_name: 'Ada', last_name: 'Admin' };

/** A dashboard as the list shows it: "Sales", published, slug `sales`, owned by Ada Admin. */
export function buildDashboardItem(overrides: Partial<DashboardListItem> = {}): DashboardListItem {
  const id = overrides.id ?? 7;
  return {
    id,
    uuid: `00000000-0000-4000-9000-${String(id).padStart(12, '0')}`,
    slug: 'sales',
    url: '/superset/dashboard/sales/',
    dashboard_title: 'Sales',
    thumbnail_url: null,
    published: true,
    status: 'published',
    certified_by: null,
    certification_details: null,
    changed_by_name: 'Ada Admin',
    changed_by: ADA,
    changed_on: '2026-01-01T00:00:00.000000',
    changed_on_utc: '2026-01-01T00:00:00.000Z',
    changed_on_delta_humanized: '3 days ago',
    created_by: ADA,
    created_on_delta_humanized: '3 days ago',
    owners: [ADA],
    roles: [],
    tags: [],
    is_managed_externally: false,
    external_url: null,
    ...overrides,
  };
}
