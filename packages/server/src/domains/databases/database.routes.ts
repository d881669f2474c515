import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  DATABASES_API_PATH,
  type AvailableEngine,
  type DatabaseValidateParameters,
  databaseCreateSchema,
  databaseListQuerySchema,
  databaseSchemasQuerySchema,
  databaseTablesQuerySchema,
  databaseTestConnectionSchema,
  databaseUpdateSchema,
  databaseValidateParametersSchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { DatabaseBrowser } from './database-browser.service.js';
import type { DatabaseService } from './database.service.js';
import type { ParameterProblem } from './validate-parameters.js';

const canRead = withAccess(requirePermission('can_read', 'Database'));
const canWrite = withAccess(requirePermission('can_write', 'Database'));

/** What the database routes call. */
export interface DatabaseRoutesDeps {
  databases: DatabaseService;
  browser: DatabaseBrowser;
  availableEngines(): Promise<AvailableEngine[]>;
  validateParameters(body: DatabaseValidateParameters): Promise<ParameterProblem[]>;
}

/** A path segment as the web app sends it: `null`/`undefined` mean none (Superset's rule). */
function pathItem(params: unknown, name: string): string | null {
  const value = (params as Record<string, string | undefined>)[name];
  if (value === undefined || value === '' || value === 'null' || value === 'undefined') return null;
  return value;
}

function requiredPathItem(params: unknown, name: string): string {
  const value = pathItem(params, name);
  if (value === null) throw new AppError('RESOURCE_NOT_FOUND');
  return value;
}

function textQuery(query: unknown, name: string): string | null {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function sendProblems(reply: FastifyReply, problems: readonly ParameterProblem[]) {
  return reply.status(422).send({
    message: problems.map((problem) => problem.message).join(' '),
    errors: problems.map((problem) => ({
      message: problem.message,
      error_type: problem.code,
      level: problem.level,
      extra: problem.extra,
    })),
  });
}

/**
 * Superset's database API (`/api/v1/database/`): `can_read` on Database for reads and
 * browsing, `can_write` for changes, connection tests and the full connection. Each
 * database is further limited to callers with access to it (404 otherwise).
 */
export function registerDatabaseRoutes(app: FastifyInstance, deps: DatabaseRoutesDeps): void {
  const { databases, browser } = deps;
  const base = DATABASES_API_PATH;
  const one = `${base}:pk`;

  app.get(base, canRead, async (request) => {
    const query = parseListQuery(databaseListQuerySchema, request.query);
    const page = await databases.list(request.actor, query);
    return { count: page.count, ids: page.items.map((item) => item.id), result: page.items };
  });

  app.get(`${base}available/`, canRead, async () => ({
    databases: await deps.availableEngines(),
  }));

  app.post(`${base}test_connection/`, canWrite, async (request) => {
    await databases.testConnection(
      request.actor,
      parseBody(databaseTestConnectionSchema, request.body),
    );
    return { message: 'OK' };
  });

  app.post(`${base}validate_parameters/`, canWrite, async (request, reply) => {
    const problems = await deps.validateParameters(
      parseBody(databaseValidateParametersSchema, request.body),
    );
    if (problems.length > 0) return sendProblems(reply, problems);
    return { message: 'OK' };
  });

  app.get(one, canRead, async (request) => {
    const id = parseIdParam(request.params);
    return { id, result: await databases.get(request.actor, id) };
  });

  app.get(`${one}/connection`, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    return { id, result: await databases.get(request.actor, id) };
  });

  app.post(base, canWrite, async (request, reply) => {
    const database = await databases.create(
      request.actor,
      parseBody(databaseCreateSchema, request.body),
    );
    return reply.status(201).send({ id: database.id, result: database });
  });

  app.put(one, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    const body = parseBody(databaseUpdateSchema, request.body);
    return { id, result: await databases.update(request.actor, id, body) };
  });

  app.delete(one, canWrite, async (request) => {
    await databases.delete(request.actor, parseIdParam(request.params));
    return { message: 'OK' };
  });

  app.get(`${one}/related_objects/`, canRead, async (request) => {
    const related = await databases.relatedObjects(request.actor, parseIdParam(request.params));
    // Charts, dashboards and SQL Lab tab states do not exist in this build yet: none can refer to it.
    const none = { count: 0, result: [] };
    return {
      charts: none,
      dashboards: none,
      sqllab_tab_states: none,
      datasets: { count: related.datasets.length, result: related.datasets },
    };
  });

  app.get(`${one}/schemas/`, canRead, async (request) => {
    // A malformed q is refused; `force` and `catalog` change nothing yet (no metadata cache, no catalogs).
    parseListQuery(databaseSchemasQuerySchema, request.query);
    return { result: await browser.schemas(request.actor, parseIdParam(request.params)) };
  });

  app.get(`${one}/tables/`, canRead, async (request) => {
    const id = parseIdParam(request.params);
    const query = parseListQuery(databaseTablesQuerySchema, request.query);
    const tables = await browser.tables(request.actor, id, query.schema_name || null);
    return { count: tables.length, result: tables };
  });

  app.get(`${one}/table/:table/:schema/`, canRead, async (request) => {
    const { params } = request;
    return browser.tableMetadata(
      request.actor,
      parseIdParam(params),
      requiredPathItem(params, 'table'),
      pathItem(params, 'schema'),
    );
  });

  app.get(`${one}/table_metadata/`, canRead, async (request) => {
    const name = textQuery(request.query, 'name');
    if (name === null) {
      throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', 'The name of the table is required.', {
        fields: { name: ['required'] },
      });
    }
    return browser.tableMetadata(
      request.actor,
      parseIdParam(request.params),
      name,
      textQuery(request.query, 'schema'),
    );
  });

  const selectStar = async (params: unknown, actor: Actor) => ({
    result: await browser.selectStar(
      actor,
      parseIdParam(params),
      requiredPathItem(params, 'table'),
      pathItem(params, 'schema'),
    ),
  });
  app.get(`${one}/select_star/:table/`, canRead, (request) =>
    selectStar(request.params, request.actor),
  );
  app.get(`${one}/select_star/:table/:schema/`, canRead, (request) =>
    selectStar(request.params, request.actor),
  );
}
