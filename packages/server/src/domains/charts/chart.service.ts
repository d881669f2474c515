import type {
  Chart,
  ChartCreate,
  ChartFavoriteStatusResponse,
  ChartListItem,
  ChartListQuery,
  ChartUpdate,
} from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import { AuthenticationRequiredError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { ChartDatasets } from './chart-datasets.js';
import { NO_CHART_DASHBOARDS, type ChartDashboards } from './chart-dashboards.js';
import { requireChartOwnership } from './chart-ownership.js';
import { chartValuesOf } from './chart-values.js';
import { ChartNotFoundError } from './chart.errors.js';
import { presentChart, presentChartListItem } from './chart.presenter.js';
import type { ChartRecord } from './chart.record.js';
import { chartRepository } from './chart.repository.js';
import { datasetGrantsOf } from './dataset-grants.js';
import { favoriteRepository } from './favorite.repository.js';

/** What the chart service needs, wired at the composition root. */
export interface ChartServiceDeps {
  metadataDb: MetadataDb;
  datasets: ChartDatasets;
  /** The dashboards charts are on; none until dashboards are wired. */
  dashboards?: ChartDashboards;
  /** AUTH_ROLE_ADMIN: its holders change any chart. */
  adminRoleName?: string;
  now?: () => Date;
}

function requireUserId(actor: Actor): number {
  if (actor.kind !== 'user') throw new AuthenticationRequiredError();
  return actor.userId;
}

const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/** A PUT that only refreshes the saved query context, which any viewer's Explore sends. */
function isQueryContextRefresh(body: ChartUpdate): boolean {
  const keys = Object.keys(body);
  return (
    body.query_context_generation === true &&
    keys.every((key) => key === 'query_context' || key === 'query_context_generation')
  );
}

/**
 * Saved charts (Superset's ChartRestApi): everyone with `can_read` on Chart sees the charts on
 * datasets they may access; changing or deleting one needs its ownership or Admin; creating one
 * needs access to its dataset and makes the creator an owner.
 */
export function createChartService(deps: ChartServiceDeps) {
  const { kysely, dialect } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());
  const existingUserIds = (ids: readonly number[]) => chartRepository.existingUserIds(kysely, ids);
  const dashboards = deps.dashboards ?? NO_CHART_DASHBOARDS;

  const getVisible = async (actor: Actor, id: number): Promise<ChartRecord> => {
    const record = await chartRepository.find(kysely, id, datasetGrantsOf(actor));
    if (!record) throw new ChartNotFoundError(id);
    return record;
  };

  return {
    async list(
      actor: Actor,
      query: ChartListQuery,
    ): Promise<{ count: number; items: ChartListItem[] }> {
      const page = await chartRepository.list(kysely, query, {
        grants: datasetGrantsOf(actor),
        userId: userIdOf(actor),
      });
      const at = now();
      const onDashboards = await dashboards.dashboardsOf(
        actor,
        page.records.map((r) => r.id),
      );
      return {
        count: page.count,
        items: page.records.map((r) => presentChartListItem(r, at, onDashboards.get(r.id))),
      };
    },

    async get(actor: Actor, id: number): Promise<Chart> {
      const record = await getVisible(actor, id);
      const onDashboards = await dashboards.dashboardsOf(actor, [id]);
      return presentChart(record, now(), onDashboards.get(id));
    },

    /** The chart record behind an access check, or undefined when missing or not visible. */
    async findVisible(actor: Actor, id: number): Promise<ChartRecord | undefined> {
      return chartRepository.find(kysely, id, datasetGrantsOf(actor));
    },

    /** Creates a chart; answers with its id and the accepted body, as Superset does. */
    async create(actor: Actor, body: ChartCreate): Promise<{ id: number; result: ChartCreate }> {
      const userId = requireUserId(actor);
      const values = await chartValuesOf(actor, body, null, {
        datasets: deps.datasets,
        existingUserIds,
      });
      await dashboards.requireAddable(actor, null, body.dashboards ?? []);
      const id = await chartRepository.insert(kysely, dialect, values, {
        userId,
        now: now(),
        ownerIds: [userId, ...(body.owners ?? [])],
        uuid: body.uuid,
        isManagedExternally: body.is_managed_externally ?? false,
      });
      await dashboards.addChart(actor, id, body.dashboards ?? []);
      return { id, result: body };
    },

    async update(actor: Actor, id: number, body: ChartUpdate): Promise<ChartUpdate> {
      const userId = requireUserId(actor);
      const previous = await getVisible(actor, id);
      if (!isQueryContextRefresh(body)) requireChartOwnership(actor, previous, deps.adminRoleName);
      const values = await chartValuesOf(
        actor,
        { ...body, datasource_id: body.datasource_id ?? undefined } as Partial<ChartCreate>,
        previous,
        { datasets: deps.datasets, existingUserIds },
      );
      await dashboards.requireAddable(actor, id, body.dashboards ?? []);
      await chartRepository.update(kysely, id, values, {
        userId,
        now: now(),
        ownerIds: body.owners,
      });
      await dashboards.addChart(actor, id, body.dashboards ?? []);
      return body;
    },

    /** Deletes charts; all or nothing: one missing or not owned refuses the whole request. */
    async delete(actor: Actor, ids: readonly number[]): Promise<void> {
      const records: ChartRecord[] = [];
      for (const id of new Set(ids)) records.push(await getVisible(actor, id));
      for (const record of records) requireChartOwnership(actor, record, deps.adminRoleName);
      await chartRepository.delete(
        kysely,
        records.map((record) => record.id),
      );
    },

    async favoriteStatus(
      actor: Actor,
      ids: readonly number[],
    ): Promise<ChartFavoriteStatusResponse> {
      const visible = await chartRepository.visibleIds(kysely, ids, datasetGrantsOf(actor));
      if (visible.length === 0) throw new ChartNotFoundError(ids[0] ?? 0);
      const userId = userIdOf(actor);
      const marked =
        userId === null
          ? new Set<number>()
          : await favoriteRepository.markedOf(kysely, userId, visible);
      return { result: ids.map((id) => ({ id, value: marked.has(id) })) };
    },

    async addFavorite(actor: Actor, id: number): Promise<void> {
      const userId = requireUserId(actor);
      await getVisible(actor, id);
      await favoriteRepository.mark(kysely, userId, id, now());
    },

    async removeFavorite(actor: Actor, id: number): Promise<void> {
      const userId = requireUserId(actor);
      await getVisible(actor, id);
      await favoriteRepository.unmark(kysely, userId, id);
    },
  };
}

/** The chart service, as routes receive it. */
export type ChartService = ReturnType<typeof createChartService>;
