import type {
  SavedQuery,
  SavedQueryCreate,
  SavedQueryListQuery,
  ScheduledQueriesConfig,
} from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import { AuthenticationRequiredError } from '../../errors/app-error.js';
import { hasPermission, type Actor } from '../../security/access/actor.js';
import type { FieldProblems } from '../../app/validation/request-input.js';
import { checkExtraJson } from './saved-query-extra.js';
import { SavedQueryInvalidError } from './saved-query.errors.js';
import { presentLegacyRead, presentSavedQuery } from './saved-query.presenter.js';
import type {
  SavedQueryRecord,
  SavedQueryValues,
  SavedQueryVisibility,
} from './saved-query.record.js';
import { savedQueryRepository } from './saved-query.repository.js';

/** What the saved query service needs, wired at the composition root. */
export interface SavedQueryServiceDeps {
  metadataDb: MetadataDb;
  /** Whether the actor may use this database (the databases capability decides). */
  canUseDatabase(actor: Actor, databaseId: number): Promise<boolean>;
  /** SCHEDULED_QUERIES, read at start-up; null when the feature is off. */
  scheduledQueries: ScheduledQueriesConfig | null;
  now?: () => Date;
}

type SavedQueryUpdate = Partial<SavedQueryCreate>;

function requireUserId(actor: Actor): number {
  if (actor.kind !== 'user') throw new AuthenticationRequiredError();
  return actor.userId;
}

/** Superset's SavedQueryFilter: the API shows each user their own saved queries. */
function ownQueries(actor: Actor): SavedQueryVisibility {
  return { kind: 'owner', userId: requireUserId(actor) };
}

/**
 * Saved queries (Superset's SavedQueryRestApi and the legacy SavedQueryViewApi read): each user
 * reads and changes their own; the legacy read shows all of them to holders of
 * `all_query_access` (a scheduler's service account). The database must be one the user may
 * use, and `extra_json.schedule_info` must satisfy SCHEDULED_QUERIES.
 */
export function createSavedQueryService(deps: SavedQueryServiceDeps) {
  const { kysely, dialect } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());

  const valuesOf = async (
    actor: Actor,
    body: SavedQueryUpdate,
    previous: SavedQueryRecord | null,
  ): Promise<SavedQueryValues> => {
    const values: SavedQueryValues = {
      label: body.label ?? previous?.label ?? '',
      description:
        body.description !== undefined ? body.description : (previous?.description ?? null),
      db_id: body.db_id ?? previous?.db_id ?? 0,
      catalog: body.catalog !== undefined ? body.catalog : (previous?.catalog ?? null),
      schema: body.schema !== undefined ? body.schema : (previous?.schema ?? null),
      sql: body.sql ?? previous?.sql ?? '',
      template_parameters:
        body.template_parameters !== undefined
          ? body.template_parameters
          : (previous?.template_parameters ?? null),
      extra_json: body.extra_json ?? previous?.extra_json ?? '{}',
    };
    const problems: FieldProblems = {};
    if (body.db_id !== undefined && !(await deps.canUseDatabase(actor, values.db_id))) {
      problems.db_id = [`No database has the id ${values.db_id}.`];
    }
    if (body.extra_json !== undefined) {
      Object.assign(problems, checkExtraJson(values.extra_json, deps.scheduledQueries));
    }
    if (Object.keys(problems).length > 0) throw new SavedQueryInvalidError(problems);
    return values;
  };

  const show = async (id: number, visibility: SavedQueryVisibility): Promise<SavedQuery> =>
    presentSavedQuery(await savedQueryRepository.get(kysely, id, visibility), now());

  return {
    async list(actor: Actor, query: SavedQueryListQuery) {
      const page = await savedQueryRepository.list(kysely, query, ownQueries(actor));
      const at = now();
      return { count: page.count, items: page.records.map((r) => presentSavedQuery(r, at)) };
    },

    get(actor: Actor, id: number): Promise<SavedQuery> {
      return show(id, ownQueries(actor));
    },

    async create(actor: Actor, body: SavedQueryCreate): Promise<SavedQuery> {
      const userId = requireUserId(actor);
      const values = await valuesOf(actor, body, null);
      const id = await savedQueryRepository.insert(kysely, dialect, values, { userId, now: now() });
      return show(id, ownQueries(actor));
    },

    async update(actor: Actor, id: number, body: SavedQueryUpdate): Promise<SavedQuery> {
      const visibility = ownQueries(actor);
      const previous = await savedQueryRepository.get(kysely, id, visibility);
      const values = await valuesOf(actor, body, previous);
      await savedQueryRepository.update(kysely, id, values, {
        visibility,
        userId: requireUserId(actor),
        now: now(),
      });
      return show(id, visibility);
    },

    async delete(actor: Actor, ids: readonly number[]): Promise<void> {
      await savedQueryRepository.delete(kysely, ids, ownQueries(actor));
    },

    /** The legacy `api/read` payload external schedulers poll. */
    async legacyRead(actor: Actor) {
      const visibility: SavedQueryVisibility = hasPermission(
        actor,
        'all_query_access',
        'all_query_access',
      )
        ? { kind: 'all' }
        : ownQueries(actor);
      return presentLegacyRead(await savedQueryRepository.listAll(kysely, visibility));
    },
  };
}

/** The saved query service, as routes receive it. */
export type SavedQueryService = ReturnType<typeof createSavedQueryService>;
