import type { Kysely, Selectable } from 'kysely';
import {
  insertReturningId,
  readBoolean,
  type MetadataDialect,
  type MetadataSchema,
  type TableSchemaTable,
  type TabStateTable,
} from '../../db/index.js';
import { TableSchemaNotFoundError, TabStateNotFoundError } from './tab-state.errors.js';
import type { TableSchemaRecord, TabStateChanges, TabStateRecord } from './tab-state.record.js';

type Db = Kysely<MetadataSchema>;

function toTab(row: Selectable<TabStateTable>): TabStateRecord {
  return {
    id: row.id,
    user_id: row.user_id ?? 0,
    label: row.label ?? '',
    active: readBoolean(row.active),
    database_id: row.database_id,
    catalog: row.catalog,
    schema: row.schema,
    sql: row.sql ?? '',
    query_limit: row.query_limit,
    latest_query_id: row.latest_query_id,
    autorun: readBoolean(row.autorun),
    template_params: row.template_params,
    hide_left_bar: readBoolean(row.hide_left_bar),
    saved_query_id: row.saved_query_id,
  };
}

function toTable(row: Selectable<TableSchemaTable>): TableSchemaRecord {
  return {
    id: row.id,
    tab_state_id: row.tab_state_id ?? 0,
    database_id: row.database_id,
    catalog: row.catalog,
    schema: row.schema,
    table: row.table ?? '',
    description: row.description,
    expanded: readBoolean(row.expanded),
  };
}

/** The base query of every tab read: one user's tabs only. */
const tabsOf = (db: Db, userId: number) => db.selectFrom('tab_state').where('user_id', '=', userId);

/** The table browsers of one user's tabs. */
const tablesOf = (db: Db, userId: number) =>
  db
    .selectFrom('table_schema')
    .where('tab_state_id', 'in', tabsOf(db, userId).select('tab_state.id'));

/**
 * The editor's tabs (`tab_state`) and their table browsers (`table_schema`). Every method
 * takes the user whose tabs it touches, so another user's tab is never reachable.
 */
export const tabStateRepository = {
  /** The user's tabs, oldest first, as `[id, label]` (Superset's `tab_state_ids`). */
  async listLabels(db: Db, userId: number): Promise<[number, string][]> {
    const rows = await tabsOf(db, userId).select(['id', 'label']).orderBy('id').execute();
    return rows.map((row) => [row.id, row.label ?? '']);
  },

  /** The user's active tab, if any. */
  async findActive(db: Db, userId: number): Promise<TabStateRecord | undefined> {
    const row = await tabsOf(db, userId)
      .selectAll()
      .where('active', '=', true)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row ? toTab(row) : undefined;
  },

  /** One of the user's tabs; throws `TabStateNotFoundError`. */
  async get(db: Db, userId: number, id: number): Promise<TabStateRecord> {
    const row = await tabsOf(db, userId).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new TabStateNotFoundError(id);
    return toTab(row);
  },

  /** Creates a tab that becomes the user's active one; returns its id. */
  async insert(
    db: Db,
    dialect: MetadataDialect,
    userId: number,
    values: Omit<TabStateRecord, 'id' | 'user_id' | 'active'>,
    now: Date,
  ): Promise<number> {
    await db
      .updateTable('tab_state')
      .set({ active: false })
      .where('user_id', '=', userId)
      .execute();
    return insertReturningId(
      db.insertInto('tab_state').values({
        ...values,
        user_id: userId,
        active: true,
        created_on: now,
        changed_on: now,
        created_by_fk: userId,
        changed_by_fk: userId,
      }),
      dialect,
    );
  },

  /** Changes some columns of one of the user's tabs; throws `TabStateNotFoundError`. */
  async update(db: Db, userId: number, id: number, changes: TabStateChanges, now: Date) {
    const result = await db
      .updateTable('tab_state')
      .set({ ...changes, changed_on: now, changed_by_fk: userId })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new TabStateNotFoundError(id);
  },

  /** Makes one tab the user's only active tab; throws `TabStateNotFoundError`. */
  async activate(db: Db, userId: number, id: number): Promise<void> {
    await tabStateRepository.get(db, userId, id);
    await db
      .updateTable('tab_state')
      .set({ active: false })
      .where('user_id', '=', userId)
      .execute();
    await db.updateTable('tab_state').set({ active: true }).where('id', '=', id).execute();
  },

  /** Deletes one of the user's tabs with its table browsers; throws `TabStateNotFoundError`. */
  async delete(db: Db, userId: number, id: number): Promise<void> {
    await tabStateRepository.get(db, userId, id);
    await db.deleteFrom('table_schema').where('tab_state_id', '=', id).execute();
    await db.deleteFrom('tab_state').where('id', '=', id).execute();
  },

  /** The table browsers of one tab, oldest first. */
  async tablesOfTab(db: Db, userId: number, tabId: number): Promise<TableSchemaRecord[]> {
    const rows = await tablesOf(db, userId)
      .selectAll()
      .where('tab_state_id', '=', tabId)
      .orderBy('id')
      .execute();
    return rows.map(toTable);
  },

  /** Opens a table in a tab's browser, replacing the same table opened before; returns its id. */
  async insertTable(
    db: Db,
    dialect: MetadataDialect,
    userId: number,
    values: Omit<TableSchemaRecord, 'id' | 'expanded'>,
    now: Date,
  ): Promise<number> {
    await tabStateRepository.get(db, userId, values.tab_state_id);
    let existing = db
      .deleteFrom('table_schema')
      .where('tab_state_id', '=', values.tab_state_id)
      .where('database_id', '=', values.database_id)
      .where('table', '=', values.table);
    existing =
      values.schema === null
        ? existing.where('schema', 'is', null)
        : existing.where('schema', '=', values.schema);
    existing =
      values.catalog === null
        ? existing.where('catalog', 'is', null)
        : existing.where('catalog', '=', values.catalog);
    await existing.execute();
    return insertReturningId(
      db.insertInto('table_schema').values({
        ...values,
        expanded: true,
        created_on: now,
        changed_on: now,
        created_by_fk: userId,
        changed_by_fk: userId,
      }),
      dialect,
    );
  },

  /** Closes a table browser of one of the user's tabs; throws `TableSchemaNotFoundError`. */
  async deleteTable(db: Db, userId: number, id: number): Promise<void> {
    const found = await tablesOf(db, userId).select('id').where('id', '=', id).executeTakeFirst();
    if (!found) throw new TableSchemaNotFoundError(id);
    await db.deleteFrom('table_schema').where('id', '=', id).execute();
  },

  /** Folds or unfolds a table browser; throws `TableSchemaNotFoundError`. */
  async setTableExpanded(db: Db, userId: number, id: number, expanded: boolean): Promise<void> {
    const found = await tablesOf(db, userId).select('id').where('id', '=', id).executeTakeFirst();
    if (!found) throw new TableSchemaNotFoundError(id);
    await db.updateTable('table_schema').set({ expanded }).where('id', '=', id).execute();
  },
};
