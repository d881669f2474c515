import type { FastifyInstance } from 'fastify';
import {
  QUERY_API_PATH,
  queryListQuerySchema,
  relatedFieldQuerySchema,
  stopQuerySchema,
  updatedSinceQuerySchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import type { Actor } from '../../security/access/actor.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import { presentQueryHistoryItem, presentSqlLabQuery } from './query.presenter.js';
import type { QueryRepository } from './query.repository.js';
import { queryVisibilityOf } from './query-visibility.js';

const canRead = withAccess(requirePermission('can_read', 'Query'));

/** What the query history routes call. */
export interface QueryRoutesDeps {
  queries: QueryRepository;
  stopQuery(actor: Actor, clientId: string): Promise<void>;
  /** QUERY_SEARCH_LIMIT: the most rows one updated_since answer carries. */
  searchLimit: number;
}

/**
 * Superset's query history API (`/api/v1/query/`), `can_read` on Query: list and show the
 * caller's runs (every user's with all_query_access), the databases and users to filter them
 * by, the caller's runs changed since a time (the editor's polling), and stop a run.
 */
export function registerQueryRoutes(app: FastifyInstance, deps: QueryRoutesDeps): void {
  const base = QUERY_API_PATH;

  app.get(base, canRead, async (request) => {
    const query = parseListQuery(queryListQuerySchema, request.query);
    const page = await deps.queries.list(query, queryVisibilityOf(request.actor));
    return {
      count: page.count,
      ids: page.records.map((record) => record.id),
      result: page.records.map(presentQueryHistoryItem),
    };
  });

  app.get(`${base}related/database`, canRead, async (request) =>
    deps.queries.related.databases(
      parseListQuery(relatedFieldQuerySchema, request.query),
      queryVisibilityOf(request.actor),
    ),
  );

  app.get(`${base}related/user`, canRead, async (request) =>
    deps.queries.related.users(
      parseListQuery(relatedFieldQuerySchema, request.query),
      queryVisibilityOf(request.actor),
    ),
  );

  app.get(`${base}updated_since`, canRead, async (request) => {
    const { last_updated_ms: since } = parseListQuery(updatedSinceQuerySchema, request.query);
    const { actor } = request;
    if (actor.kind !== 'user') return { result: [] };
    const records = await deps.queries.changedSince(
      actor.userId,
      new Date(since),
      deps.searchLimit,
    );
    return { result: records.map(presentSqlLabQuery) };
  });

  app.get(`${base}:pk`, canRead, async (request) => {
    const id = parseIdParam(request.params);
    const record = await deps.queries.get(id, queryVisibilityOf(request.actor));
    return { id, result: presentQueryHistoryItem(record) };
  });

  app.post(`${base}stop`, canRead, async (request) => {
    const body = parseBody(stopQuerySchema, request.body);
    await deps.stopQuery(request.actor, body.client_id);
    return { result: 'OK' };
  });
}
