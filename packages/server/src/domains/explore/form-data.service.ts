import type { ExploreFormDataBody } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { ChartsCapability } from '../charts/register-charts.js';
import { requireExploreAccess } from './explore-access.js';
import {
  randomFormDataKey,
  type ExploreFormDataEntry,
  type FormDataStore,
} from './form-data-store.js';

/** What the form-data service needs. */
export interface FormDataServiceDeps {
  store: FormDataStore;
  charts: Pick<ChartsCapability, 'datasets' | 'chartAccessOf'>;
}

const ownerOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

function notFound(): AppError {
  return new AppError(
    'RESOURCE_NOT_FOUND',
    'No unsaved Explore state has this key; it may have expired. Open the chart or dataset again.',
  );
}

function requireOwner(actor: Actor, entry: ExploreFormDataEntry): void {
  if (entry.owner !== ownerOf(actor)) {
    throw new AppError(
      'ACCESS_DENIED',
      'Only the user who stored this Explore state may change or delete it.',
    );
  }
}

/**
 * Explore's unsaved states (Superset's ExploreFormDataRestApi): stored under random keys,
 * readable by anyone who may access the dataset and chart they are about, changeable and
 * deletable only by the user who stored them.
 */
export function createFormDataService(deps: FormDataServiceDeps) {
  const { store } = deps;
  const targetOf = (body: ExploreFormDataBody) => ({
    datasourceId: body.datasource_id,
    chartId: body.chart_id ?? null,
  });
  const contextOf = (actor: Actor, body: ExploreFormDataBody, tabId: number) =>
    [ownerOf(actor), tabId, body.datasource_id, body.chart_id ?? '', body.datasource_type].join(
      ':',
    );
  const entryOf = (actor: Actor, body: ExploreFormDataBody): ExploreFormDataEntry => ({
    owner: ownerOf(actor),
    datasource_id: body.datasource_id,
    datasource_type: body.datasource_type,
    chart_id: body.chart_id ?? null,
    form_data: body.form_data,
  });

  /** The tab's key for this target, or a new one when no tab is named or it has none. */
  const keyFor = async (actor: Actor, body: ExploreFormDataBody, tabId: number | undefined) => {
    const existing = tabId ? await store.contextualKey(contextOf(actor, body, tabId)) : undefined;
    const key = existing ?? randomFormDataKey();
    if (tabId && !existing) await store.rememberContextualKey(contextOf(actor, body, tabId), key);
    return key;
  };

  return {
    async create(actor: Actor, body: ExploreFormDataBody, tabId?: number): Promise<string> {
      await requireExploreAccess(deps.charts, actor, targetOf(body));
      const key = await keyFor(actor, body, tabId);
      await store.set(key, entryOf(actor, body));
      return key;
    },

    /** Replaces a state; answers the key it now lives under (a tab keeps its own key). */
    async update(
      actor: Actor,
      key: string,
      body: ExploreFormDataBody,
      tabId?: number,
    ): Promise<string> {
      await requireExploreAccess(deps.charts, actor, targetOf(body));
      const entry = await store.get(key);
      if (!entry) throw notFound();
      requireOwner(actor, entry);
      const newKey = await keyFor(actor, body, tabId);
      await store.set(newKey, entryOf(actor, body));
      return newKey;
    },

    /** The stored state (its form data and what it is about), after the access check. */
    async get(actor: Actor, key: string): Promise<ExploreFormDataEntry> {
      const entry = await store.get(key);
      if (!entry) throw notFound();
      await requireExploreAccess(deps.charts, actor, {
        datasourceId: entry.datasource_id,
        chartId: entry.chart_id,
      });
      return entry;
    },

    async delete(actor: Actor, key: string): Promise<void> {
      const entry = await store.get(key);
      if (!entry) throw notFound();
      await requireExploreAccess(deps.charts, actor, {
        datasourceId: entry.datasource_id,
        chartId: entry.chart_id,
      });
      requireOwner(actor, entry);
      await store.delete(key);
    },
  };
}

/** The form-data service, as routes receive it. */
export type FormDataService = ReturnType<typeof createFormDataService>;
