import type { z } from 'zod';
import type { TableSchemaCreate, TabState, tabStateWriteSchema } from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import { AuthenticationRequiredError } from '../../errors/app-error.js';
import type { FieldProblems } from '../../app/validation/request-input.js';
import type { Actor } from '../../security/access/actor.js';
import type { TabQueries } from './tab-queries.js';
import { TabStateInvalidError } from './tab-state.errors.js';
import { presentTabState } from './tab-state.presenter.js';
import type { TabStateChanges, TabStateRecord } from './tab-state.record.js';
import { tabStateRepository } from './tab-state.repository.js';

type TabStateWrite = z.infer<typeof tabStateWriteSchema>;

/** What the tab state service needs, wired at the composition root. */
export interface TabStateServiceDeps {
  metadataDb: MetadataDb;
  queries: TabQueries;
  /** Whether the actor may use this database (the databases capability decides). */
  canUseDatabase(actor: Actor, databaseId: number): Promise<boolean>;
  now?: () => Date;
}

/** A new tab's label and SQL when the editor sends none (Superset's defaults). */
const UNTITLED = 'Untitled Query';
const NEW_TAB_SQL = 'SELECT ...';

function requireUserId(actor: Actor): number {
  if (actor.kind !== 'user') throw new AuthenticationRequiredError();
  return actor.userId;
}

/**
 * SQL Lab's tabs as the editor restores them on reload (Superset's TabStateView and
 * TableSchemaView). Tabs belong to their user: another user's tab answers 404.
 */
export function createTabStateService(deps: TabStateServiceDeps) {
  const { kysely, dialect } = deps.metadataDb;
  const now = deps.now ?? (() => new Date());

  /** The changes a write asks for, once what it names was checked. */
  const changesOf = async (actor: Actor, body: TabStateWrite): Promise<TabStateChanges> => {
    const userId = requireUserId(actor);
    const problems: FieldProblems = {};
    if (
      body.database_id !== undefined &&
      body.database_id !== null &&
      !(await deps.canUseDatabase(actor, body.database_id))
    ) {
      problems.database_id = [`No database has the id ${body.database_id}.`];
    }
    if (
      body.latest_query_id !== undefined &&
      body.latest_query_id !== null &&
      (await deps.queries.findByClientId(userId, body.latest_query_id)) === null
    ) {
      problems.latest_query_id = [`No query of yours has the client id ${body.latest_query_id}.`];
    }
    if (Object.keys(problems).length > 0) throw new TabStateInvalidError(problems);
    const { active: _active, ...changes } = body;
    return changes;
  };

  const show = async (userId: number, tab: TabStateRecord): Promise<TabState> => {
    const tables = await tabStateRepository.tablesOfTab(kysely, userId, tab.id);
    const latest =
      tab.latest_query_id === null
        ? null
        : await deps.queries.findByClientId(userId, tab.latest_query_id);
    return presentTabState(tab, tables, latest);
  };

  return {
    /** Opens a new tab, which becomes the active one; returns its id. */
    async create(actor: Actor, body: TabStateWrite): Promise<number> {
      const userId = requireUserId(actor);
      const changes = await changesOf(actor, body);
      return tabStateRepository.insert(
        kysely,
        dialect,
        userId,
        {
          label: changes.label ?? UNTITLED,
          database_id: changes.database_id ?? null,
          catalog: changes.catalog ?? null,
          schema: changes.schema ?? null,
          sql: changes.sql ?? NEW_TAB_SQL,
          query_limit: changes.query_limit ?? null,
          latest_query_id: changes.latest_query_id ?? null,
          autorun: changes.autorun ?? false,
          template_params: changes.template_params ?? null,
          hide_left_bar: changes.hide_left_bar ?? false,
          saved_query_id: changes.saved_query_id ?? null,
        },
        now(),
      );
    },

    async get(actor: Actor, id: number): Promise<TabState> {
      const userId = requireUserId(actor);
      return show(userId, await tabStateRepository.get(kysely, userId, id));
    },

    /** The user's active tab, fully, or null when they have none. */
    async findActive(actor: Actor): Promise<TabState | null> {
      const userId = requireUserId(actor);
      const tab = await tabStateRepository.findActive(kysely, userId);
      return tab ? show(userId, tab) : null;
    },

    /** `[id, label]` of each of the user's tabs, oldest first. */
    listLabels(actor: Actor): Promise<[number, string][]> {
      return tabStateRepository.listLabels(kysely, requireUserId(actor));
    },

    /** Sets some fields of a tab (`active` changes only through `activate`). */
    async update(actor: Actor, id: number, body: TabStateWrite): Promise<void> {
      const userId = requireUserId(actor);
      const changes = await changesOf(actor, body);
      if (body.active === true) await tabStateRepository.activate(kysely, userId, id);
      await tabStateRepository.update(kysely, userId, id, changes, now());
    },

    async activate(actor: Actor, id: number): Promise<void> {
      await tabStateRepository.activate(kysely, requireUserId(actor), id);
    },

    async delete(actor: Actor, id: number): Promise<void> {
      await tabStateRepository.delete(kysely, requireUserId(actor), id);
    },

    /** Opens a table in a tab's browser; returns the browser's id. */
    async openTable(actor: Actor, table: TableSchemaCreate): Promise<number> {
      const userId = requireUserId(actor);
      if (!(await deps.canUseDatabase(actor, table.dbId))) {
        throw new TabStateInvalidError({ dbId: [`No database has the id ${table.dbId}.`] });
      }
      return tabStateRepository.insertTable(
        kysely,
        dialect,
        userId,
        {
          tab_state_id: Number(table.queryEditorId),
          database_id: table.dbId,
          catalog: table.catalog ?? null,
          schema: table.schema,
          table: table.name,
          description: JSON.stringify(table),
        },
        now(),
      );
    },

    async closeTable(actor: Actor, id: number): Promise<void> {
      await tabStateRepository.deleteTable(kysely, requireUserId(actor), id);
    },

    async setTableExpanded(actor: Actor, id: number, expanded: boolean): Promise<void> {
      await tabStateRepository.setTableExpanded(kysely, requireUserId(actor), id, expanded);
    },
  };
}

/** The tab state service, as routes receive it. */
export type TabStateService = ReturnType<typeof createTabStateService>;
