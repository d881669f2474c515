import {
  dashboardPermalinkValueSchema,
  type DashboardPermalinkState,
  type DashboardPermalinkValue,
} from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { dashboardPermalinkRepository } from './dashboard-permalink.repository.js';

/** What the dashboard permalink service needs. */
export interface DashboardPermalinkServiceDeps {
  metadataDb: MetadataDb;
  /** The dashboards capability's lookup: throws a 404 AppError when the actor may not see it. */
  getReadableDashboard(actor: Actor, idOrSlug: string): Promise<{ id: number }>;
  now?: () => Date;
}

function notFound(): AppError {
  return new AppError('RESOURCE_NOT_FOUND', 'No dashboard permalink has this key.');
}

/**
 * Dashboard permalinks (Superset's DashboardPermalinkRestApi): a dashboard's filters, tabs
 * and anchor stored for good in `key_value` under an unguessable key. Creating and opening
 * one both need the dashboard to be one the caller may see; otherwise it does not exist.
 */
export function createDashboardPermalinkService(deps: DashboardPermalinkServiceDeps) {
  const { kysely } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());

  return {
    /** Stores the state of a readable dashboard; answers the new key. */
    async create(actor: Actor, idOrSlug: string, state: DashboardPermalinkState): Promise<string> {
      const dashboard = await deps.getReadableDashboard(actor, idOrSlug);
      const value: DashboardPermalinkValue = { dashboardId: String(dashboard.id), state };
      return dashboardPermalinkRepository.create(kysely, value, {
        userId: actor.kind === 'user' ? actor.userId : null,
        now: now(),
      });
    },

    /** The stored dashboard and state; a link to a dashboard the actor may not see is a 404. */
    async get(actor: Actor, key: string): Promise<DashboardPermalinkValue> {
      const parsed = dashboardPermalinkValueSchema.safeParse(
        await dashboardPermalinkRepository.find(kysely, key, now()),
      );
      if (!parsed.success) throw notFound();
      await deps.getReadableDashboard(actor, parsed.data.dashboardId);
      return parsed.data;
    },
  };
}

/** The dashboard permalink service, as routes receive it. */
export type DashboardPermalinkService = ReturnType<typeof createDashboardPermalinkService>;
