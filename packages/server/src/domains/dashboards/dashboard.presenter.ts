import type { Selectable } from 'kysely';
import {
  dashboardUrl,
  type Dashboard,
  type DashboardChart,
  type DashboardListItem,
} from '@superset-ts/shared';
import { readBoolean, readTimestamp, type SlicesTable } from '../../db/index.js';
import { humanizeTimeAgo } from '../logs/log.presenter.js';
import { chartFormData } from '../charts/chart.presenter.js';
import type { DashboardRecord, DashboardUserRef } from './dashboard.record.js';

const fullName = (user: DashboardUserRef | null) =>
  user ? `${user.first_name} ${user.last_name}`.trim() : '';

const ago = (at: Date | null, now: Date) => (at ? humanizeTimeAgo(at, now) : '');

/** `GET /api/v1/dashboard/{id_or_slug}`: the dashboard with the names of its charts. */
export function presentDashboard(
  record: DashboardRecord,
  chartNames: string[],
  now: Date,
): Dashboard {
  return {
    id: record.id,
    uuid: record.uuid,
    slug: record.slug,
    url: dashboardUrl(record.slug ?? record.id),
    dashboard_title: record.dashboard_title,
    thumbnail_url: null,
    published: record.published,
    css: record.css,
    json_metadata: record.json_metadata,
    position_json: record.position_json,
    certified_by: record.certified_by,
    certification_details: record.certification_details,
    changed_by_name: fullName(record.changed_by),
    changed_by: record.changed_by,
    changed_on: record.changed_on?.toISOString() ?? null,
    changed_on_delta_humanized: ago(record.changed_on, now),
    created_by: record.created_by,
    created_on_delta_humanized: ago(record.created_on, now),
    charts: chartNames,
    owners: record.owners,
    roles: record.roles,
    tags: [],
    is_managed_externally: record.is_managed_externally,
    external_url: record.external_url,
  };
}

/** A row of `GET /api/v1/dashboard/`. */
export function presentDashboardListItem(record: DashboardRecord, now: Date): DashboardListItem {
  const {
    position_json: _layout,
    css: _css,
    charts: _charts,
    json_metadata: _metadata,
    ...dashboard
  } = presentDashboard(record, [], now);
  return {
    ...dashboard,
    changed_on_utc: record.changed_on?.toISOString() ?? null,
    status: record.published ? 'published' : 'draft',
  };
}

/** One chart of `GET /api/v1/dashboard/{id_or_slug}/charts`. */
export function presentDashboardChart(row: Selectable<SlicesTable>): DashboardChart {
  const formData = chartFormData({
    id: row.id,
    params: row.params,
    viz_type: row.viz_type ?? '',
    datasource_id: row.datasource_id,
    datasource_type: row.datasource_type,
    cache_timeout: row.cache_timeout,
  });
  return {
    id: row.id,
    slice_name: row.slice_name ?? '',
    viz_type: row.viz_type ?? '',
    form_data: formData,
    description: row.description,
    description_markeddown: row.description ?? '',
    cache_timeout: row.cache_timeout,
    certified_by: row.certified_by,
    certification_details: row.certification_details,
    changed_on: readTimestamp(row.changed_on)?.toISOString() ?? null,
    is_managed_externally: readBoolean(row.is_managed_externally),
    datasource_id: row.datasource_id,
    datasource_type: row.datasource_type,
  };
}
