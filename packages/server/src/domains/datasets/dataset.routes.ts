import type { FastifyInstance } from 'fastify';
import {
  DATASETS_API_PATH,
  datasetCreateSchema,
  datasetDuplicateSchema,
  datasetIdsQuerySchema,
  datasetListQuerySchema,
  datasetUpdateSchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { DatasetContext } from './dataset-context.js';
import type { DatasetReader } from './dataset.service.js';
import { createDataset } from './create-dataset.command.js';
import { deleteDatasets } from './delete-datasets.command.js';
import { duplicateDataset } from './duplicate-dataset.command.js';
import { refreshDataset } from './refresh-dataset.command.js';
import { updateDataset } from './update-dataset.command.js';

const canRead = withAccess(requirePermission('can_read', 'Dataset'));
const canWrite = withAccess(requirePermission('can_write', 'Dataset'));

/** What the dataset routes call. */
export interface DatasetRoutesDeps {
  context: DatasetContext;
  reader: DatasetReader;
}

/** Superset's `parse_boolean_string`. */
function isTrue(value: unknown): boolean {
  return typeof value === 'string' && ['true', '1', 't', 'y', 'yes'].includes(value.toLowerCase());
}

/**
 * Superset's dataset API (`/api/v1/dataset/`): `can_read` on Dataset to list and read the
 * datasets whose data the caller may access, `can_write` to create, duplicate, and (as an
 * owner or admin) change, refresh and delete them.
 */
export function registerDatasetRoutes(app: FastifyInstance, deps: DatasetRoutesDeps): void {
  const { context, reader } = deps;
  const base = DATASETS_API_PATH;
  const one = `${base}:pk`;

  app.get(base, canRead, async (request) => {
    const page = await reader.list(
      request.actor,
      parseListQuery(datasetListQuerySchema, request.query),
    );
    return { count: page.count, ids: page.items.map((item) => item.id), result: page.items };
  });

  app.get(`${base}_info`, canRead, async (request) => {
    const prefix = '|Dataset';
    const permissions = [...request.actor.permissions]
      .filter((key) => key.endsWith(prefix))
      .map((key) => key.slice(0, -prefix.length))
      .sort();
    return { permissions };
  });

  app.get(one, canRead, async (request) => {
    const id = parseIdParam(request.params);
    return { id, result: await reader.get(request.actor, id) };
  });

  app.get(`${one}/related_objects`, canRead, (request) =>
    reader.relatedObjects(request.actor, parseIdParam(request.params)),
  );

  app.post(base, canWrite, async (request, reply) => {
    const body = parseBody(datasetCreateSchema, request.body);
    const created = await createDataset(context, request.actor, body);
    // Superset also answers the new dataset as Explore loads it (SQL Lab's "save dataset" uses it).
    const data = await reader.getExploreDatasource(request.actor, created.id).catch(() => null);
    return reply.status(201).send({ ...created, data });
  });

  app.put(one, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    const body = parseBody(datasetUpdateSchema, request.body);
    const query = request.query as Record<string, unknown> | undefined;
    return updateDataset(context, request.actor, id, body, isTrue(query?.override_columns));
  });

  app.put(`${one}/refresh`, canWrite, async (request) => {
    await refreshDataset(context, request.actor, parseIdParam(request.params));
    return { message: 'OK' };
  });

  app.delete(one, canWrite, async (request) => {
    await deleteDatasets(context, request.actor, [parseIdParam(request.params)]);
    return { message: 'OK' };
  });

  app.delete(base, canWrite, async (request) => {
    const ids = parseListQuery(datasetIdsQuerySchema, request.query);
    const count = await deleteDatasets(context, request.actor, ids);
    return { message: `Deleted ${count} dataset${count === 1 ? '' : 's'}` };
  });

  app.post(`${base}duplicate`, canWrite, async (request, reply) => {
    const body = parseBody(datasetDuplicateSchema, request.body);
    return reply.status(201).send(await duplicateDataset(context, request.actor, body));
  });
}
