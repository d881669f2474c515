import type { Kysely } from 'kysely';
import type { QueryListQuery, QueryState } from '@superset-ts/shared';
import {
  insertReturningId,
  readCount,
  toDbTimestamp,
  type MetadataDialect,
  type MetadataSchema,
} from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import { queryFilterCondition, visibleQueries } from './query-filters.js';
import { createQueryRelatedLookups } from './query-related.js';
import { readQueryRow } from './query-row.js';
import {
  UNFINISHED_STATES,
  type NewQuery,
  type QueryChanges,
  type QueryRecord,
  type QueryVisibility,
} from './query.record.js';

type Db = Kysely<MetadataSchema>;

function selectQueries(db: Db) {
  return db
    .selectFrom('query')
    .leftJoin('dbs', 'dbs.id', 'query.database_id')
    .leftJoin('ab_user', 'ab_user.id', 'query.user_id')
    .selectAll('query')
    .select([
      'dbs.database_name as database_name',
      'ab_user.username as username',
      'ab_user.first_name as first_name',
      'ab_user.last_name as last_name',
    ]);
}

function columnsOf(changes: QueryChanges) {
  const { extra, select_as_cta_used: used, ...rest } = changes;
  return {
    ...rest,
    ...(used === undefined ? {} : { select_as_cta_used: used }),
    ...(extra === undefined ? {} : { extra_json: JSON.stringify(extra) }),
  };
}

/** Reads and writes `query` rows; list reads are limited by the caller's visibility. */
export function createQueryRepository(db: Db, dialect: MetadataDialect) {
  const findBy = async (column: 'id' | 'client_id' | 'results_key', value: number | string) => {
    const row = await selectQueries(db).where(`query.${column}`, '=', value).executeTakeFirst();
    return row ? readQueryRow(row) : undefined;
  };

  return {
    async insert(values: NewQuery, now: Date): Promise<QueryRecord> {
      const { extra, ...columns } = values;
      const id = await insertReturningId(
        db.insertInto('query').values({
          ...columns,
          status: 'pending',
          extra_json: JSON.stringify(extra),
          changed_on: now,
        }),
        dialect,
      );
      const record = await findBy('id', id);
      if (!record) throw new AppError('GENERIC_BACKEND_ERROR');
      return record;
    },

    /** Sets columns; `changed_on` moves so `updated_since` polling sees the change. */
    async update(id: number, changes: QueryChanges, now: Date): Promise<void> {
      await db
        .updateTable('query')
        .set({ ...columnsOf(changes), changed_on: now })
        .where('id', '=', id)
        .execute();
    },

    /**
     * Sets columns only while the run is in one of `states`; false when it already left
     * them (a stop or the reaper got there first, so a late writer does not undo them).
     */
    async updateWhileIn(
      id: number,
      states: readonly QueryState[],
      changes: QueryChanges,
      now: Date,
    ): Promise<boolean> {
      const result = await db
        .updateTable('query')
        .set({ ...columnsOf(changes), changed_on: now })
        .where('id', '=', id)
        .where('status', 'in', [...states])
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Writes extra_json without moving changed_on (heartbeats and cancel ids). */
    async setExtra(id: number, extra: QueryRecord['extra']): Promise<void> {
      await db
        .updateTable('query')
        .set({ extra_json: JSON.stringify(extra) })
        .where('id', '=', id)
        .execute();
    },

    /** The choices of the history's database and user filters. */
    related: createQueryRelatedLookups(db),

    findById: (id: number) => findBy('id', id),
    findByClientId: (clientId: string) => findBy('client_id', clientId),
    findByResultsKey: (key: string) => findBy('results_key', key),

    /** A query the caller may see, or a 404. */
    async get(id: number, visibility: QueryVisibility): Promise<QueryRecord> {
      const row = await selectQueries(db)
        .where('query.id', '=', id)
        .where((eb) => visibleQueries(eb, visibility))
        .executeTakeFirst();
      if (!row) throw new AppError('RESOURCE_NOT_FOUND', `No query has the id ${id}.`);
      return readQueryRow(row);
    },

    async list(query: QueryListQuery, visibility: QueryVisibility) {
      const where = selectQueries(db).where((eb) =>
        eb.and([
          visibleQueries(eb, visibility),
          ...query.filters.map((filter) => queryFilterCondition(eb, filter)),
        ]),
      );
      const counted = await db
        .selectFrom('query')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where((eb) =>
          eb.and([
            visibleQueries(eb, visibility),
            ...query.filters.map((filter) => queryFilterCondition(eb, filter)),
          ]),
        )
        .executeTakeFirst();
      const rows = await where
        .orderBy(`query.${query.order_column}`, query.order_direction)
        .orderBy('query.id', query.order_direction)
        .limit(query.page_size)
        .offset(query.page * query.page_size)
        .execute();
      return { count: readCount(counted?.count), records: rows.map(readQueryRow) };
    },

    /** One user's queries changed after a time (the editor's polling). */
    async changedSince(userId: number, since: Date, limit: number): Promise<QueryRecord[]> {
      const rows = await selectQueries(db)
        .where('query.user_id', '=', userId)
        .where('query.changed_on', '>', toDbTimestamp(since))
        .orderBy('query.changed_on', 'asc')
        .limit(limit)
        .execute();
      return rows.map(readQueryRow);
    },

    /** Every run still pending or running, whoever owns it (for the orphan reaper). */
    async listUnfinished(): Promise<QueryRecord[]> {
      const rows = await selectQueries(db)
        .where('query.status', 'in', [...UNFINISHED_STATES])
        .execute();
      return rows.map(readQueryRow);
    },
  };
}

/** The query repository, as services receive it. */
export type QueryRepository = ReturnType<typeof createQueryRepository>;
