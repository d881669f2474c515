import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/index.js';
import type { MetadataDb } from '../../db/index.js';
import type { DatabasesCapability } from '../databases/register-databases.js';
import { databaseUsabilityOf } from './database-usability.js';
import { registerSavedQueryRoutes } from './saved-query.routes.js';
import { createSavedQueryService } from './saved-query.service.js';
import { readScheduledQueriesConfig } from './schedule/scheduled-queries-config.js';

/** What the saved queries capability is built from. */
export interface SavedQueriesDeps {
  config: Config;
  metadataDb: MetadataDb;
  databases: DatabasesCapability;
}

/**
 * Wires `/api/v1/saved_query/` and the legacy `/savedqueryviewapi/api/read`. Throws at start-up
 * when SCHEDULED_QUERIES asks for checks the server cannot make.
 */
export function registerSavedQueries(app: FastifyInstance, deps: SavedQueriesDeps): void {
  const service = createSavedQueryService({
    metadataDb: deps.metadataDb,
    canUseDatabase: databaseUsabilityOf(deps.databases),
    scheduledQueries: readScheduledQueriesConfig(deps.config.SCHEDULED_QUERIES),
  });
  registerSavedQueryRoutes(app, service);
}
