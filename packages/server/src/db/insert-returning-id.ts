import { sql, type InsertQueryBuilder, type InsertResult } from 'kysely';
import type { MetadataDialect } from './metadata-uri.js';

/**
 * Runs an insert and returns the new row's `id`: PostgreSQL needs `returning`, MySQL has no
 * `returning`, and SQLite and MySQL report the id in the insert result.
 */
export async function insertReturningId<DB, TB extends keyof DB>(
  query: InsertQueryBuilder<DB, TB, InsertResult>,
  dialect: MetadataDialect,
): Promise<number> {
  if (dialect === 'postgresql') {
    // Kysely cannot narrow `returning` on a generic table; the selection is exactly `id`.
    const row = (await query.returning(sql<number>`id`.as('id')).executeTakeFirstOrThrow()) as {
      id: number | string;
    };
    return Number(row.id);
  }
  const result = await query.executeTakeFirstOrThrow();
  return Number(result.insertId);
}
