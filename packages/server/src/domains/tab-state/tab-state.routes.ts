import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  TAB_STATE_PATH,
  tableSchemaCreateSchema,
  tableSchemaExpandedSchema,
  tabStateWriteSchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { TabStateService } from './tab-state.service.js';

/** Superset's TableSchemaView: the tables open in a tab's table browser. */
export const TABLE_SCHEMA_PATH = '/tableschemaview/';

/** Superset answers these deletes with the JSON string `"OK"`. */
const sendOk = (reply: FastifyReply) => reply.type('application/json').send(JSON.stringify('OK'));

const tabAccess = (action: string) => withAccess(requirePermission(action, 'TabStateView'));
const tableAccess = (action: string) => withAccess(requirePermission(action, 'TableSchemaView'));

/**
 * The editor's tab state (`/tabstateview/`) and table browsers (`/tableschemaview/`), with
 * Superset's answers: ids, `"OK"`, or the tab itself. Bodies are JSON (the fields of
 * tabStateWriteSchema) rather than Superset's form fields holding JSON.
 */
export function registerTabStateRoutes(app: FastifyInstance, tabs: TabStateService): void {
  const one = `${TAB_STATE_PATH}:pk`;

  app.post(TAB_STATE_PATH, tabAccess('can_post'), async (request) => ({
    id: await tabs.create(request.actor, parseBody(tabStateWriteSchema, request.body)),
  }));

  app.get(one, tabAccess('can_get'), async (request) =>
    tabs.get(request.actor, parseIdParam(request.params)),
  );

  app.put(one, tabAccess('can_put'), async (request) => {
    const id = parseIdParam(request.params);
    await tabs.update(request.actor, id, parseBody(tabStateWriteSchema, request.body));
    return id;
  });

  app.delete(one, tabAccess('can_delete'), async (request, reply) => {
    await tabs.delete(request.actor, parseIdParam(request.params));
    return sendOk(reply);
  });

  app.post(`${one}/activate`, tabAccess('can_activate'), async (request) => {
    const id = parseIdParam(request.params);
    await tabs.activate(request.actor, id);
    return id;
  });

  app.post(TABLE_SCHEMA_PATH, tableAccess('can_post'), async (request) => ({
    id: await tabs.openTable(request.actor, parseBody(tableSchemaCreateSchema, request.body)),
  }));

  app.delete(`${TABLE_SCHEMA_PATH}:pk`, tableAccess('can_delete'), async (request, reply) => {
    await tabs.closeTable(request.actor, parseIdParam(request.params));
    return sendOk(reply);
  });

  app.post(`${TABLE_SCHEMA_PATH}:pk/expanded`, tableAccess('can_expanded'), async (request) => {
    const id = parseIdParam(request.params);
    const { expanded } = parseBody(tableSchemaExpandedSchema, request.body);
    await tabs.setTableExpanded(request.actor, id, expanded);
    return { id, expanded };
  });
}
