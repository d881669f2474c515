import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import {
  readBoolean,
  readTimestamp,
  type MetadataSchema,
  type SqlMetricsTable,
  type TableColumnsTable,
} from '../../db/index.js';
import type { WriteMeta } from './dataset.repository.js';
import type {
  ColumnRecord,
  ColumnValues,
  DatasetUserRef,
  MetricRecord,
  MetricValues,
} from './dataset.record.js';

type Db = Kysely<MetadataSchema>;

/** A row to keep (with `id`) or to add (without), as the desired list of a save. */
export type Desired<Values> = Values & { id?: number | undefined };

function toColumn(row: Selectable<TableColumnsTable>): ColumnRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    column_name: row.column_name,
    verbose_name: row.verbose_name,
    is_active: readBoolean(row.is_active),
    type: row.type,
    advanced_data_type: row.advanced_data_type,
    groupby: readBoolean(row.groupby),
    filterable: readBoolean(row.filterable),
    description: row.description,
    is_dttm: readBoolean(row.is_dttm),
    expression: row.expression,
    python_date_format: row.python_date_format,
    extra: row.extra,
    created_on: readTimestamp(row.created_on),
    changed_on: readTimestamp(row.changed_on),
  };
}

function toMetric(row: Selectable<SqlMetricsTable>): MetricRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    metric_name: row.metric_name,
    verbose_name: row.verbose_name,
    metric_type: row.metric_type,
    description: row.description,
    d3format: row.d3format,
    currency: row.currency,
    warning_text: row.warning_text,
    expression: row.expression,
    extra: row.extra,
    created_on: readTimestamp(row.created_on),
    changed_on: readTimestamp(row.changed_on),
  };
}

function groupBy<T>(rows: readonly (T & { table_id: number })[], map: (row: T) => unknown) {
  const groups = new Map<number, unknown[]>();
  for (const row of rows) {
    const list = groups.get(row.table_id) ?? [];
    list.push(map(row));
    groups.set(row.table_id, list);
  }
  return groups;
}

/**
 * Saves a dataset's list of columns or metrics to match `desired`: rows not named by id are
 * deleted, named rows rewritten, rows without id added. Deletes go first so a name freed by
 * a removed row can be reused in the same save.
 */
async function saveList(
  db: Db,
  table: 'table_columns' | 'sql_metrics',
  tableId: number,
  desired: readonly Desired<ColumnValues | MetricValues>[],
  meta: WriteMeta,
): Promise<void> {
  // Both tables share `id` and `table_id`; typing them as one keeps the builder's overloads simple.
  const name = table as 'table_columns';
  const keptIds = desired.flatMap((row) => (row.id === undefined ? [] : [row.id]));
  let removal = db.deleteFrom(name).where('table_id', '=', tableId);
  if (keptIds.length > 0) removal = removal.where('id', 'not in', keptIds);
  await removal.execute();
  const audit = { changed_on: meta.now, changed_by_fk: meta.userId };
  for (const { id, uuid, ...values } of desired) {
    if (id !== undefined) {
      await db
        .updateTable(name)
        .set({ ...values, ...audit } as never)
        .where('id', '=', id)
        .where('table_id', '=', tableId)
        .execute();
      continue;
    }
    await db
      .insertInto(name)
      .values({
        ...values,
        ...audit,
        uuid: uuid ?? randomUUID(),
        table_id: tableId,
        created_on: meta.now,
        created_by_fk: meta.userId,
      } as never)
      .execute();
  }
}

/** A dataset's columns, metrics and owners (`table_columns`, `sql_metrics`, `sqlatable_user`). */
export const datasetPartsRepository = {
  /** The columns of each dataset, by dataset id, in name order. */
  async columnsOf(db: Db, tableIds: readonly number[]): Promise<Map<number, ColumnRecord[]>> {
    if (tableIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('table_columns')
      .selectAll()
      .where('table_id', 'in', [...tableIds])
      .orderBy('column_name')
      .orderBy('id')
      .execute();
    return groupBy(rows, toColumn) as Map<number, ColumnRecord[]>;
  },

  /** The metrics of each dataset, by dataset id, in name order. */
  async metricsOf(db: Db, tableIds: readonly number[]): Promise<Map<number, MetricRecord[]>> {
    if (tableIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('sql_metrics')
      .selectAll()
      .where('table_id', 'in', [...tableIds])
      .orderBy('metric_name')
      .orderBy('id')
      .execute();
    return groupBy(rows, toMetric) as Map<number, MetricRecord[]>;
  },

  /** The owners of each dataset, by dataset id. */
  async ownersOf(db: Db, tableIds: readonly number[]): Promise<Map<number, DatasetUserRef[]>> {
    if (tableIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('sqlatable_user as o')
      .innerJoin('ab_user as u', 'u.id', 'o.user_id')
      .select(['o.table_id', 'u.id', 'u.first_name', 'u.last_name'])
      .where('o.table_id', 'in', [...tableIds])
      .orderBy('u.first_name')
      .orderBy('u.id')
      .execute();
    return groupBy(rows, ({ id, first_name, last_name }) => ({ id, first_name, last_name })) as Map<
      number,
      DatasetUserRef[]
    >;
  },

  saveColumns(db: Db, tableId: number, desired: readonly Desired<ColumnValues>[], meta: WriteMeta) {
    return saveList(db, 'table_columns', tableId, desired, meta);
  },

  saveMetrics(db: Db, tableId: number, desired: readonly Desired<MetricValues>[], meta: WriteMeta) {
    return saveList(db, 'sql_metrics', tableId, desired, meta);
  },

  /** Makes these users the dataset's owners. */
  async setOwners(db: Db, tableId: number, userIds: readonly number[]): Promise<void> {
    await db.deleteFrom('sqlatable_user').where('table_id', '=', tableId).execute();
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    await db
      .insertInto('sqlatable_user')
      .values(unique.map((userId) => ({ user_id: userId, table_id: tableId })))
      .execute();
  },

  /** Which of these user ids exist. */
  async existingUserIds(db: Db, userIds: readonly number[]): Promise<Set<number>> {
    if (userIds.length === 0) return new Set();
    const rows = await db
      .selectFrom('ab_user')
      .select('id')
      .where('id', 'in', [...userIds])
      .execute();
    return new Set(rows.map((row) => row.id));
  },
};
