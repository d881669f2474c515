import type {
  ChartFavoriteStatusResponse,
  Dashboard,
  DashboardChart,
  DashboardCopy,
  DashboardCreate,
  DashboardListItem,
  DashboardListQuery,
  DashboardUpdate,
} from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import { AppError, AuthenticationRequiredError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { copyDashboard } from './commands/copy-dashboard.command.js';
import { dashboardVisibilityOf, requireDashboardOwnership } from './dashboard-access.js';
import { dashboardLinks } from './dashboard-links.repository.js';
import { checkDashboardWrite } from './dashboard-values.js';
import { DashboardNotFoundError } from './dashboard.errors.js';
import {
  presentDashboard,
  presentDashboardChart,
  presentDashboardListItem,
} from './dashboard.presenter.js';
import type { DashboardRecord } from './dashboard.record.js';
import { dashboardRepository } from './dashboard.repository.js';

/** What the dashboard service needs, wired at the composition root. */
export interface DashboardServiceDeps {
  metadataDb: MetadataDb;
  /** AUTH_ROLE_ADMIN: its holders see and change every dashboard. */
  adminRoleName?: string;
  /** Whether DASHBOARD_RBAC is on (asked on every request, as feature flags may change). */
  isRbacEnabled: () => boolean;
  /**
   * A dataset as the filter bar reads it (Superset's datasource payload), after checking the
   * actor may read it: throws a 403 or 404 AppError otherwise.
   */
  datasetForFilters?: (actor: Actor, datasetId: number) => Promise<Record<string, unknown>>;
  now?: () => Date;
}

function requireUserId(actor: Actor): number {
  if (actor.kind !== 'user') throw new AuthenticationRequiredError();
  return actor.userId;
}

const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/**
 * Dashboards (Superset's DashboardRestApi): everyone with `can_read` on Dashboard sees the
 * dashboards DashboardAccessFilter lets through; changing or deleting one needs its ownership
 * or Admin; creating one makes the creator an owner.
 */
export function createDashboardService(deps: DashboardServiceDeps) {
  const { kysely, dialect } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());
  const visibilityOf = (actor: Actor) =>
    dashboardVisibilityOf(actor, {
      isRbacEnabled: deps.isRbacEnabled(),
      ...(deps.adminRoleName === undefined ? {} : { adminRoleName: deps.adminRoleName }),
    });

  const getVisible = async (actor: Actor, idOrSlug: string): Promise<DashboardRecord> => {
    const record = await dashboardRepository.find(kysely, idOrSlug, visibilityOf(actor));
    if (!record) throw new DashboardNotFoundError(idOrSlug);
    return record;
  };
  const getOwned = async (actor: Actor, id: number): Promise<DashboardRecord> => {
    const record = await getVisible(actor, String(id));
    requireDashboardOwnership(actor, record, deps.adminRoleName);
    return record;
  };

  return {
    getVisible,

    async list(
      actor: Actor,
      query: DashboardListQuery,
    ): Promise<{ count: number; items: DashboardListItem[] }> {
      const page = await dashboardRepository.list(kysely, query, {
        visibility: visibilityOf(actor),
        userId: userIdOf(actor),
      });
      const at = now();
      return {
        count: page.count,
        items: page.records.map((record) => presentDashboardListItem(record, at)),
      };
    },

    async get(actor: Actor, idOrSlug: string): Promise<Dashboard> {
      const record = await getVisible(actor, idOrSlug);
      const charts = await dashboardLinks.chartsOf(kysely, record.id);
      return presentDashboard(
        record,
        charts.map((chart) => chart.slice_name ?? ''),
        now(),
      );
    },

    /** The dashboard's charts (all of them: each chart's data is checked when it runs). */
    async charts(actor: Actor, idOrSlug: string): Promise<DashboardChart[]> {
      const record = await getVisible(actor, idOrSlug);
      return (await dashboardLinks.chartsOf(kysely, record.id)).map(presentDashboardChart);
    },

    /** The datasets of the dashboard's charts the actor may read, as the filter bar needs. */
    async datasets(actor: Actor, idOrSlug: string): Promise<Record<string, unknown>[]> {
      const record = await getVisible(actor, idOrSlug);
      const datasetFor = deps.datasetForFilters;
      if (!datasetFor) return [];
      const ids = new Set<number>();
      for (const chart of await dashboardLinks.chartsOf(kysely, record.id)) {
        if (chart.datasource_id !== null && chart.datasource_type === 'table') {
          ids.add(chart.datasource_id);
        }
      }
      const datasets: Record<string, unknown>[] = [];
      for (const id of ids) {
        try {
          datasets.push(await datasetFor(actor, id));
        } catch (error) {
          // A dataset the actor may not read, or one deleted, is left out.
          if (error instanceof AppError && (error.status === 403 || error.status === 404)) continue;
          throw error;
        }
      }
      return datasets;
    },

    /** Creates a dashboard owned by its creator (and the given owners). */
    async create(
      actor: Actor,
      body: DashboardCreate,
    ): Promise<{ id: number; result: DashboardCreate }> {
      const userId = requireUserId(actor);
      const checked = await checkDashboardWrite(deps.metadataDb, actor, body, null);
      const id = await dashboardRepository.insert(kysely, dialect, checked.values, {
        userId,
        now: now(),
        ownerIds: [userId, ...(checked.ownerIds ?? [])],
        roleIds: checked.roleIds ?? [],
        chartIds: checked.chartIds ?? [],
        uuid: body.uuid,
        isManagedExternally: body.is_managed_externally ?? false,
      });
      return { id, result: body };
    },

    async update(
      actor: Actor,
      id: number,
      body: DashboardUpdate,
    ): Promise<{ result: DashboardUpdate; last_modified_time: number }> {
      const userId = requireUserId(actor);
      await getOwned(actor, id);
      const checked = await checkDashboardWrite(deps.metadataDb, actor, body, id);
      const at = now();
      await dashboardRepository.update(kysely, id, checked.values, {
        userId,
        now: at,
        ownerIds: checked.ownerIds,
        roleIds: checked.roleIds,
        chartIds: checked.chartIds,
      });
      return { result: body, last_modified_time: at.getTime() / 1000 };
    },

    /** Copies a dashboard the actor may see (Superset's Save As). */
    async copy(
      actor: Actor,
      idOrSlug: string,
      body: DashboardCopy,
    ): Promise<{ id: number; last_modified_time: number }> {
      return copyDashboard(actor, await getVisible(actor, idOrSlug), body, {
        metadataDb: deps.metadataDb,
        isRbacEnabled: deps.isRbacEnabled(),
        now: now(),
        ...(deps.adminRoleName === undefined ? {} : { adminRoleName: deps.adminRoleName }),
      });
    },

    /** Deletes dashboards; all or nothing: one missing or not owned refuses the whole request. */
    async delete(actor: Actor, ids: readonly number[]): Promise<void> {
      const records: DashboardRecord[] = [];
      for (const id of new Set(ids)) records.push(await getVisible(actor, String(id)));
      for (const record of records) requireDashboardOwnership(actor, record, deps.adminRoleName);
      await dashboardRepository.delete(
        kysely,
        records.map((record) => record.id),
      );
    },

    async favoriteStatus(
      actor: Actor,
      ids: readonly number[],
    ): Promise<ChartFavoriteStatusResponse> {
      const visible = await dashboardRepository.visibleIds(kysely, ids, visibilityOf(actor));
      if (visible.length === 0) throw new DashboardNotFoundError(ids[0] ?? 0);
      const userId = userIdOf(actor);
      const marked =
        userId === null
          ? new Set<number>()
          : await dashboardLinks.markedOf(kysely, userId, visible);
      return { result: ids.map((id) => ({ id, value: marked.has(id) })) };
    },

    async addFavorite(actor: Actor, id: number): Promise<void> {
      const userId = requireUserId(actor);
      await getVisible(actor, String(id));
      await dashboardLinks.mark(kysely, userId, id, now());
    },

    async removeFavorite(actor: Actor, id: number): Promise<void> {
      const userId = requireUserId(actor);
      await getVisible(actor, String(id));
      await dashboardLinks.unmark(kysely, userId, id);
    },
  };
}

/** The dashboard service, as routes receive it. */
export type DashboardService = ReturnType<typeof createDashboardService>;
