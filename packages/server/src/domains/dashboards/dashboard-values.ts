import type { DashboardCreate, DashboardUpdate } from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { chartRepository } from '../charts/chart.repository.js';
import { datasetGrantsOf } from '../charts/dataset-grants.js';
import { chartIdsOfLayout, parseLayout, parseMetadata } from './dashboard-layout.js';
import { dashboardLinks } from './dashboard-links.repository.js';
import { dashboardRepository } from './dashboard.repository.js';
import type { DashboardValues } from './dashboard.record.js';
import { DashboardInvalidError, DashboardSlugExistsError } from './dashboard.errors.js';

type DashboardWrite = DashboardCreate & Pick<DashboardUpdate, 'tags'>;

/** What a create or an update writes: the columns, and the links it replaces. */
export interface CheckedDashboardWrite {
  values: DashboardValues;
  ownerIds?: number[];
  roleIds?: number[];
  /** The charts of the new layout; absent when the layout is not changed. */
  chartIds?: number[];
}

/**
 * The layout a write saves: `position_json`, or the `positions` a Save As puts in
 * `json_metadata` (Superset's `set_dash_metadata`), which are then taken out of it.
 */
function layoutAndMetadataOf(
  body: DashboardWrite,
): Pick<DashboardValues, 'position_json' | 'json_metadata'> {
  if (body.json_metadata === undefined || body.json_metadata === null) {
    return {
      ...(body.position_json === undefined ? {} : { position_json: body.position_json }),
      ...(body.json_metadata === null ? { json_metadata: null } : {}),
    };
  }
  const { positions, ...metadata } = parseMetadata(body.json_metadata);
  const hasPositions = positions !== undefined && body.position_json == null;
  return {
    json_metadata: positions === undefined ? body.json_metadata : JSON.stringify(metadata),
    ...(hasPositions
      ? { position_json: JSON.stringify(positions) }
      : body.position_json === undefined
        ? {}
        : { position_json: body.position_json }),
  };
}

function optional<Key extends keyof DashboardValues>(
  key: Key,
  value: DashboardValues[Key] | undefined,
): Partial<DashboardValues> {
  return value === undefined ? {} : { [key]: value };
}

/**
 * Checks a create or an update (`dashboardId` null for a create) and turns it into columns and
 * links. The slug must be free; owners and roles must exist; the layout's charts must exist
 * and be charts the actor may see, or already be on the dashboard (so an owner can save a
 * layout that shows a chart on a dataset they cannot read).
 */
export async function checkDashboardWrite(
  metadataDb: MetadataDb,
  actor: Actor,
  body: DashboardWrite,
  dashboardId: number | null,
): Promise<CheckedDashboardWrite> {
  const { kysely } = metadataDb;
  const problems: Record<string, string[]> = {};
  const slug = body.slug === '' ? null : body.slug;
  if (slug && (await dashboardRepository.isSlugTaken(kysely, slug, dashboardId))) {
    throw new DashboardSlugExistsError(slug);
  }
  const unknownOf = async (
    ids: readonly number[] | undefined,
    existing: (ids: readonly number[]) => Promise<Set<number>>,
  ) => {
    if (!ids || ids.length === 0) return [];
    const found = await existing(ids);
    return ids.filter((id) => !found.has(id));
  };
  const unknownOwners = await unknownOf(body.owners, (ids) =>
    dashboardLinks.existingUserIds(kysely, ids),
  );
  if (unknownOwners.length > 0)
    problems.owners = [`No user has the id ${unknownOwners.join(', ')}.`];
  const unknownRoles = await unknownOf(body.roles, (ids) =>
    dashboardLinks.existingRoleIds(kysely, ids),
  );
  if (unknownRoles.length > 0) problems.roles = [`No role has the id ${unknownRoles.join(', ')}.`];
  if (body.tags && body.tags.length > 0) {
    problems.tags = [`No tag has the id ${body.tags.join(', ')}.`];
  }

  const layoutAndMetadata = layoutAndMetadataOf(body);
  let chartIds: number[] | undefined;
  if (layoutAndMetadata.position_json !== undefined) {
    chartIds = chartIdsOfLayout(parseLayout(layoutAndMetadata.position_json));
    const already = new Set(
      dashboardId === null ? [] : await dashboardLinks.chartIdsOf(kysely, dashboardId),
    );
    const visible = new Set(
      await chartRepository.visibleIds(
        kysely,
        chartIds.filter((id) => !already.has(id)),
        datasetGrantsOf(actor),
      ),
    );
    const unknown = chartIds.filter((id) => !already.has(id) && !visible.has(id));
    if (unknown.length > 0) {
      problems.position_json = [
        `The layout shows charts that do not exist or that you may not see: ${unknown.join(', ')}. Remove them from the layout.`,
      ];
    }
  }
  if (Object.keys(problems).length > 0) throw new DashboardInvalidError(problems);

  return {
    values: {
      ...optional('dashboard_title', body.dashboard_title),
      ...optional('slug', slug),
      ...layoutAndMetadata,
      ...optional('css', body.css),
      ...optional('published', body.published ?? undefined),
      ...optional('certified_by', body.certified_by),
      ...optional('certification_details', body.certification_details),
      ...optional('external_url', body.external_url),
    },
    ...(body.owners === undefined ? {} : { ownerIds: body.owners }),
    ...(body.roles === undefined ? {} : { roleIds: body.roles }),
    ...(chartIds === undefined ? {} : { chartIds }),
  };
}
