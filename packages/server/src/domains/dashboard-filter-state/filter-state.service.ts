import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import {
  randomFilterStateKey,
  type FilterStateEntry,
  type FilterStateStore,
} from './filter-state-store.js';

/** What the filter-state service needs. */
export interface FilterStateServiceDeps {
  store: FilterStateStore;
  /** The dashboards capability's lookup: throws a 404 AppError when the actor may not see it. */
  getReadableDashboard(actor: Actor, idOrSlug: string): Promise<{ id: number }>;
}

const ownerOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

function notFound(): AppError {
  return new AppError(
    'RESOURCE_NOT_FOUND',
    'No filter state of this dashboard has this key; it may have expired. Open the dashboard again.',
  );
}

function requireOwner(actor: Actor, entry: FilterStateEntry): void {
  if (entry.owner !== ownerOf(actor)) {
    throw new AppError(
      'ACCESS_DENIED',
      'Only the user who stored this filter state may change or delete it.',
    );
  }
}

function requireJsonText(value: string): void {
  try {
    JSON.parse(value);
  } catch {
    throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', 'value must be valid JSON text.', {
      fields: { value: ['Not valid JSON.'] },
    });
  }
}

/**
 * A dashboard's native-filter states (Superset's DashboardFilterStateRestApi): stored under
 * random keys per dashboard, readable by anyone who may see the dashboard, changeable and
 * deletable only by the user who stored them. A browser tab (`tab_id`) keeps one key.
 */
export function createFilterStateService(deps: FilterStateServiceDeps) {
  const { store } = deps;
  const readableId = async (actor: Actor, pk: number) =>
    (await deps.getReadableDashboard(actor, String(pk))).id;
  const contextOf = (actor: Actor, dashboardId: number, tabId: number) =>
    [ownerOf(actor), tabId, dashboardId].join(':');

  /** The tab's key for this dashboard, or a new one when no tab is named or it has none. */
  const keyFor = async (actor: Actor, dashboardId: number, tabId: number | undefined) => {
    const context = tabId ? contextOf(actor, dashboardId, tabId) : undefined;
    const existing = context ? await store.contextualKey(context) : undefined;
    const key = existing ?? randomFilterStateKey();
    if (context && !existing) await store.rememberContextualKey(context, key);
    return key;
  };

  return {
    async create(actor: Actor, pk: number, value: string, tabId?: number): Promise<string> {
      const dashboardId = await readableId(actor, pk);
      requireJsonText(value);
      const key = await keyFor(actor, dashboardId, tabId);
      await store.set(dashboardId, key, { owner: ownerOf(actor), value });
      return key;
    },

    /** Replaces a state; answers the key it now lives under (a tab keeps its own key). */
    async update(
      actor: Actor,
      pk: number,
      key: string,
      value: string,
      tabId?: number,
    ): Promise<string> {
      const dashboardId = await readableId(actor, pk);
      requireJsonText(value);
      const entry = await store.get(dashboardId, key);
      if (!entry) throw notFound();
      requireOwner(actor, entry);
      const newKey = await keyFor(actor, dashboardId, tabId);
      await store.set(dashboardId, newKey, { owner: ownerOf(actor), value });
      return newKey;
    },

    /** The stored state (JSON text), after the dashboard access check. */
    async get(actor: Actor, pk: number, key: string): Promise<string> {
      const dashboardId = await readableId(actor, pk);
      const entry = await store.get(dashboardId, key);
      if (!entry) throw notFound();
      return entry.value;
    },

    async delete(actor: Actor, pk: number, key: string): Promise<void> {
      const dashboardId = await readableId(actor, pk);
      const entry = await store.get(dashboardId, key);
      if (!entry) throw notFound();
      requireOwner(actor, entry);
      await store.delete(dashboardId, key);
    },
  };
}

/** The filter-state service, as routes receive it. */
export type FilterStateService = ReturnType<typeof createFilterStateService>;
