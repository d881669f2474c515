import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/index.js';
import type { MetadataDb } from '../../db/index.js';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import type { Actor } from '../../security/access/actor.js';
import type { RolePermissionCache } from '../../security/access/role-permission-cache.js';
import type { DatabasesCapability } from '../databases/register-databases.js';
import { createColumnValues } from '../datasource/column-values.service.js';
import { registerDatasourceRoutes } from '../datasource/datasource.routes.js';
import { canAccessDataset } from './dataset-access.js';
import type { DatasetContext, RelatedChart } from './dataset-context.js';
import { datasetDatabasesFrom } from './dataset-databases.js';
import { createDatasetRelated } from './dataset-related.service.js';
import { registerDatasetRelatedRoutes } from './dataset-related.routes.js';
import { registerDatasetRoutes } from './dataset.routes.js';
import { createDatasetReader } from './dataset.service.js';

/** What the datasets capability is built from. */
export interface DatasetsDeps {
  config: Config;
  metadataDb: MetadataDb;
  databases: DatabasesCapability;
  /** Cleared when `datasource_access` and `schema_access` permissions change. */
  rolePermissions: RolePermissionCache;
  /** The charts built on a dataset, for related_objects; none by default. */
  relatedCharts?: (datasetId: number) => Promise<RelatedChart[]>;
  /** Row-level security predicates of an actor on a dataset, for filter values; none by default. */
  rlsPredicatesFor?: (actor: Actor, datasetId: number) => Promise<string[]>;
  now?: () => Date;
}

/** What other capabilities (the query engine, Explore) use of datasets. */
export interface DatasetsCapability {
  /** The dataset as the query engine needs it, after checking the actor may read its data:
   *  404 (DATASET_NOT_FOUND) when absent, 403 (DATASOURCE_SECURITY_ACCESS_ERROR, naming
   *  only the id) when not allowed. */
  getQueryDataset(actor: Actor, id: number): Promise<QueryDataset>;
  /** Same without the access check, for work already authorised (queued work). */
  getQueryDatasetUnchecked(id: number): Promise<QueryDataset>;
  canAccessDataset(actor: Actor, dataset: QueryDataset): boolean;
  /** Superset's datasource payload Explore loads (the `dataset` of /api/v1/explore/). */
  getExploreDatasource(actor: Actor, id: number): Promise<Record<string, unknown>>;
}

/**
 * Wires the datasets capability: `/api/v1/dataset/` (CRUD, refresh, duplicate, related
 * objects, pickers) and `/api/v1/datasource/table/{pk}/column/{col}/values/`.
 */
export function registerDatasets(app: FastifyInstance, deps: DatasetsDeps): DatasetsCapability {
  const { config } = deps;
  const databases = datasetDatabasesFrom(deps.databases);
  const timeoutMs = config.SQLLAB_TIMEOUT * 1000;
  const context: DatasetContext = {
    metadataDb: deps.metadataDb,
    databases,
    adminRoleName: config.AUTH_ROLE_ADMIN,
    sourceTimeoutMs: timeoutMs,
    onPermissionsChanged: () => deps.rolePermissions.clear(),
    relatedCharts: deps.relatedCharts ?? (() => Promise.resolve([])),
    preventUnsafeDefaultUrls: config.PREVENT_UNSAFE_DEFAULT_URLS_ON_DATASET,
    now: deps.now ?? (() => new Date()),
  };
  const reader = createDatasetReader(context);
  registerDatasetRoutes(app, { context, reader });
  registerDatasetRelatedRoutes(app, createDatasetRelated(deps.metadataDb.kysely));
  registerDatasourceRoutes(
    app,
    createColumnValues({
      getQueryDataset: (actor, id) => reader.getQueryDataset(actor, id),
      databases,
      rlsPredicatesFor: deps.rlsPredicatesFor ?? (() => Promise.resolve([])),
      rowLimit: Math.min(config.FILTER_SELECT_ROW_LIMIT, config.SQL_MAX_ROW),
      timeoutMs,
    }),
  );
  return {
    getQueryDataset: (actor, id) => reader.getQueryDataset(actor, id),
    getQueryDatasetUnchecked: (id) => reader.getQueryDatasetUnchecked(id),
    canAccessDataset: (actor, dataset) => canAccessDataset(actor, dataset),
    getExploreDatasource: (actor, id) => reader.getExploreDatasource(actor, id),
  };
}
