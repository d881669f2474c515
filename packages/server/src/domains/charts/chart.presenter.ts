import type { Chart, ChartListItem } from '@superset-ts/shared';
import { humanizeTimeAgo } from '../logs/log.presenter.js';
import type { ChartDashboardRef } from './chart-dashboards.js';
import type { ChartRecord, ChartUserRef } from './chart.record.js';

/** Where Explore opens a saved chart (Superset's `Slice.url`). */
export function chartUrl(id: number): string {
  return `/explore/?slice_id=${id}`;
}

function datasetName(record: ChartRecord): string | null {
  const dataset = record.dataset;
  if (!dataset) return record.datasource_name;
  return dataset.schema ? `${dataset.schema}.${dataset.table_name}` : dataset.table_name;
}

function datasetUrl(record: ChartRecord): string | null {
  const dataset = record.dataset;
  if (!dataset) return null;
  return dataset.default_endpoint || `/explore/?datasource_type=table&datasource_id=${dataset.id}`;
}

function parsedParams(params: string | null): Record<string, unknown> {
  if (!params) return {};
  try {
    const parsed: unknown = JSON.parse(params);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * The chart's form data as Explore reads it (Superset's `Slice.form_data`): the saved params
 * with the chart's id, viz type and datasource, and its cache timeout when set.
 */
export function chartFormData(
  record: Pick<
    ChartRecord,
    'id' | 'params' | 'viz_type' | 'datasource_id' | 'datasource_type' | 'cache_timeout'
  >,
): Record<string, unknown> {
  return {
    ...parsedParams(record.params),
    slice_id: record.id,
    viz_type: record.viz_type,
    datasource: `${record.datasource_id ?? 'None'}__${record.datasource_type ?? 'table'}`,
    ...(record.cache_timeout ? { cache_timeout: record.cache_timeout } : {}),
  };
}

const fullName = (user: ChartUserRef | null) =>
  user ? `${user.first_name} ${user.last_name}`.trim() : '';

/** A chart as `GET /api/v1/chart/{pk}` shows it, with the dashboards it is on. */
export function presentChart(
  record: ChartRecord,
  now: Date,
  dashboards: readonly ChartDashboardRef[] = [],
): Chart {
  return {
    id: record.id,
    uuid: record.uuid,
    slice_name: record.slice_name,
    viz_type: record.viz_type,
    description: record.description,
    params: record.params,
    query_context: record.query_context,
    cache_timeout: record.cache_timeout,
    certified_by: record.certified_by,
    certification_details: record.certification_details,
    changed_on_delta_humanized: record.changed_on ? humanizeTimeAgo(record.changed_on, now) : '',
    is_managed_externally: record.is_managed_externally,
    owners: record.owners,
    dashboards: dashboards.map((dashboard) => ({ ...dashboard })),
    tags: [],
    datasource_id: record.datasource_id,
    datasource_type: record.datasource_type,
    datasource_name_text: datasetName(record),
    datasource_url: datasetUrl(record),
    datasource_uuid: record.dataset?.uuid ?? null,
    url: chartUrl(record.id),
    thumbnail_url: null,
  };
}

/** A row of `GET /api/v1/chart/`. */
export function presentChartListItem(
  record: ChartRecord,
  now: Date,
  dashboards: readonly ChartDashboardRef[] = [],
): ChartListItem {
  const {
    query_context: _queryContext,
    datasource_uuid: _uuid,
    ...chart
  } = presentChart(record, now, dashboards);
  return {
    ...chart,
    changed_by: record.changed_by,
    changed_by_name: fullName(record.changed_by),
    changed_on_dttm: record.changed_on?.getTime() ?? null,
    changed_on_utc: record.changed_on?.toISOString() ?? null,
    created_by: record.created_by,
    created_by_name: fullName(record.created_by),
    created_on_delta_humanized: record.created_on ? humanizeTimeAgo(record.created_on, now) : '',
    edit_url: `/chart/edit/${record.id}`,
    form_data: chartFormData(record),
    last_saved_at: record.last_saved_at?.toISOString() ?? null,
    last_saved_by: record.last_saved_by,
    slice_url: chartUrl(record.id),
    table: record.dataset
      ? { default_endpoint: record.dataset.default_endpoint, table_name: record.dataset.table_name }
      : null,
  };
}

/**
 * The saved chart as Explore's bootstrap shows it (Superset's `Slice.data`): owners as ids,
 * the form data and the saved query context.
 */
export function presentExploreSlice(record: ChartRecord, now: Date): Record<string, unknown> {
  return {
    cache_timeout: record.cache_timeout,
    changed_on: record.changed_on?.toISOString() ?? null,
    changed_on_humanized: record.changed_on ? humanizeTimeAgo(record.changed_on, now) : '',
    datasource: datasetName(record),
    description: record.description,
    description_markeddown: record.description ?? '',
    edit_url: `/chart/edit/${record.id}`,
    form_data: chartFormData(record),
    query_context: record.query_context,
    modified: record.changed_on ? humanizeTimeAgo(record.changed_on, now) : '',
    owners: record.owners.map((owner) => owner.id),
    slice_id: record.id,
    slice_name: record.slice_name,
    slice_url: chartUrl(record.id),
    certified_by: record.certified_by,
    certification_details: record.certification_details,
    is_managed_externally: record.is_managed_externally,
  };
}

/** Explore's `metadata` of a saved chart: who made and changed it, its owners' names. */
export function presentExploreMetadata(record: ChartRecord, now: Date): Record<string, unknown> {
  return {
    created_on_humanized: record.created_on ? humanizeTimeAgo(record.created_on, now) : '',
    changed_on_humanized: record.changed_on ? humanizeTimeAgo(record.changed_on, now) : '',
    owners: record.owners.map((owner) => fullName(owner)),
    dashboards: [],
    ...(record.created_by ? { created_by: fullName(record.created_by) } : {}),
    ...(record.changed_by ? { changed_by: fullName(record.changed_by) } : {}),
  };
}
