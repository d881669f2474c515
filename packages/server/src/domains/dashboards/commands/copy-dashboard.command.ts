import { randomUUID } from 'node:crypto';
import type { DashboardCopy, DashboardLayout } from '@superset-ts/shared';
import { insertReturningId, type MetadataDb } from '../../../db/index.js';
import type { Actor } from '../../../security/access/actor.js';
import { AuthenticationRequiredError } from '../../../errors/app-error.js';
import { isDashboardOwner } from '../dashboard-access.js';
import { chartIdsOfLayout, parseLayout, parseMetadata } from '../dashboard-layout.js';
import { dashboardLinks } from '../dashboard-links.repository.js';
import { DashboardForbiddenError } from '../dashboard.errors.js';
import type { DashboardRecord } from '../dashboard.record.js';
import { dashboardRepository } from '../dashboard.repository.js';

/** What copying a dashboard needs. */
export interface CopyDashboardDeps {
  metadataDb: MetadataDb;
  adminRoleName?: string;
  isRbacEnabled: boolean;
  now: Date;
}

/** Copies each chart for the actor; returns the new id of each old one. */
async function duplicateCharts(
  deps: CopyDashboardDeps,
  userId: number,
  chartIds: readonly number[],
): Promise<Map<number, { id: number; uuid: string }>> {
  const { kysely, dialect } = deps.metadataDb;
  const copies = new Map<number, { id: number; uuid: string }>();
  if (chartIds.length === 0) return copies;
  const charts = await kysely
    .selectFrom('slices')
    .selectAll()
    .where('id', 'in', [...chartIds])
    .execute();
  for (const { id: oldId, is_managed_externally: _managed, ...chart } of charts) {
    const uuid = randomUUID();
    const id = await insertReturningId(
      kysely.insertInto('slices').values({
        ...chart,
        uuid,
        created_on: deps.now,
        changed_on: deps.now,
        created_by_fk: userId,
        changed_by_fk: userId,
        last_saved_at: deps.now,
        last_saved_by_fk: userId,
      }),
      dialect,
    );
    await kysely.insertInto('slice_user').values({ user_id: userId, slice_id: id }).execute();
    copies.set(oldId, { id, uuid });
  }
  return copies;
}

function withCharts(
  layout: DashboardLayout,
  copies: Map<number, { id: number; uuid: string }>,
): DashboardLayout {
  const next = structuredClone(layout);
  for (const item of Object.values(next) as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const node = item as { type?: unknown; meta?: Record<string, unknown> };
    if (node.type !== 'CHART' || !node.meta) continue;
    const copy = copies.get(Number(node.meta.chartId));
    if (copy) Object.assign(node.meta, { chartId: copy.id, uuid: copy.uuid });
  }
  return next;
}

/**
 * Superset's `POST /dashboard/{id_or_slug}/copy/`: a new draft dashboard owned by the actor,
 * with the given title, CSS and metadata, the layout of the metadata's `positions` (or the
 * original's), and the original's charts, or copies of them with `duplicate_slices`. With
 * DASHBOARD_RBAC only owners may copy, as its roles are not copied.
 */
export async function copyDashboard(
  actor: Actor,
  original: DashboardRecord,
  body: DashboardCopy,
  deps: CopyDashboardDeps,
): Promise<{ id: number; last_modified_time: number }> {
  if (actor.kind !== 'user') throw new AuthenticationRequiredError();
  if (deps.isRbacEnabled && !isDashboardOwner(actor, original, deps.adminRoleName)) {
    throw new DashboardForbiddenError(original.id);
  }
  const { kysely, dialect } = deps.metadataDb;
  const { positions, ...metadata } = parseMetadata(body.json_metadata);
  let layout = positions ?? parseLayout(original.position_json);
  const hasLayout = Object.keys(layout).length > 0;
  let chartIds = hasLayout
    ? chartIdsOfLayout(layout)
    : await dashboardLinks.chartIdsOf(kysely, original.id);
  const known = await dashboardLinks.existingChartIds(kysely, chartIds);
  chartIds = chartIds.filter((id) => known.has(id));
  if (body.duplicate_slices) {
    const copies = await duplicateCharts(deps, actor.userId, chartIds);
    layout = withCharts(layout, copies);
    chartIds = chartIds.flatMap((id) => {
      const copy = copies.get(id);
      return copy ? [copy.id] : [];
    });
  }
  const id = await dashboardRepository.insert(
    kysely,
    dialect,
    {
      dashboard_title: body.dashboard_title ?? original.dashboard_title,
      css: body.css ?? null,
      json_metadata: JSON.stringify(metadata),
      position_json: hasLayout ? JSON.stringify(layout) : null,
      published: false,
    },
    {
      userId: actor.userId,
      now: deps.now,
      ownerIds: [actor.userId],
      roleIds: [],
      chartIds,
      isManagedExternally: false,
    },
  );
  return { id, last_modified_time: deps.now.getTime() / 1000 };
}
