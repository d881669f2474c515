import type { FastifyInstance } from 'fastify';
import { MAX_PAGE_SIZE, SQLLAB_API_PATH, type DatabaseListItem } from '@superset-ts/shared';
import type { Config } from '../../config/index.js';
import type { MetadataDb } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { DatabasesCapability } from '../databases/register-databases.js';
import { databaseUsabilityOf } from '../saved-queries/database-usability.js';
import { readScheduledQueriesConfig } from '../saved-queries/schedule/scheduled-queries-config.js';
import { presentSqlLabBootstrap } from './sqllab-bootstrap.js';
import { createTabQueriesFromHistory } from './tab-queries-from-history.js';
import { registerTabStateRoutes } from './tab-state.routes.js';
import { createTabStateService } from './tab-state.service.js';

/** What the tab state capability is built from. */
export interface TabStateDeps {
  config: Config;
  metadataDb: MetadataDb;
  databases: DatabasesCapability;
}

/** The databases the actor may use that are exposed in SQL Lab, by name, every page of them. */
async function listSqlLabDatabases(
  databases: DatabasesCapability,
  actor: Actor,
): Promise<DatabaseListItem[]> {
  const items: DatabaseListItem[] = [];
  for (let page = 0; ; page += 1) {
    const found = await databases.databases.list(actor, {
      filters: [{ col: 'expose_in_sqllab', opr: 'eq', value: true }],
      order_column: 'database_name',
      order_direction: 'asc',
      page,
      page_size: MAX_PAGE_SIZE,
    });
    items.push(...found.items);
    if (found.items.length < MAX_PAGE_SIZE) return items;
  }
}

/**
 * Wires the editor's tab state (`/tabstateview/`, `/tableschemaview/`) and the SQL Lab
 * bootstrap `GET /api/v1/sqllab/` (`can_read` on SQLLab): the active tab, every tab's id and
 * label, the databases the caller may use in SQL Lab, the active tab's runs, and the
 * SCHEDULED_QUERIES form definition.
 */
export function registerTabState(app: FastifyInstance, deps: TabStateDeps): void {
  const tabQueries = createTabQueriesFromHistory(deps.metadataDb.kysely);
  const scheduledQueries = readScheduledQueriesConfig(deps.config.SCHEDULED_QUERIES);
  const tabs = createTabStateService({
    metadataDb: deps.metadataDb,
    queries: tabQueries,
    canUseDatabase: databaseUsabilityOf(deps.databases),
  });
  registerTabStateRoutes(app, tabs);

  app.get(SQLLAB_API_PATH, withAccess(requirePermission('can_read', 'SQLLab')), async (request) => {
    const { actor } = request;
    const activeTab = await tabs.findActive(actor);
    const [tabStateIds, databases, queries] = await Promise.all([
      tabs.listLabels(actor),
      listSqlLabDatabases(deps.databases, actor),
      activeTab && actor.kind === 'user'
        ? tabQueries.listForTab(actor.userId, activeTab.id)
        : Promise.resolve({}),
    ]);
    return presentSqlLabBootstrap({
      activeTab,
      tabStateIds,
      databases,
      queries,
      scheduledQueries,
    });
  });
}
