/**
 * The one convention for booleans and timestamps in the metadata database (db/README.md):
 * timestamps are UTC wall-clock text `YYYY-MM-DD HH:MM:SS.mmm` on the wire, booleans come
 * back as `true/false` (PostgreSQL) or `1/0` (SQLite, MySQL). Repositories read every such
 * column through these functions, so the three backends give the same values.
 */

/** A boolean column's value as a driver returns it. */
export type DbBoolean = boolean | number;

const NAIVE_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/;

/** Reads a boolean column (`1`/`0` on SQLite and MySQL). */
export function readBoolean(value: DbBoolean): boolean {
  return typeof value === 'boolean' ? value : value !== 0;
}

/** Reads a timestamp column written by `toDbTimestamp`: text without a zone, meaning UTC. */
export function readTimestamp(value: string): Date;
export function readTimestamp(value: string | null): Date | null;
export function readTimestamp(value: string | null): Date | null {
  if (value === null) return null;
  const naive = NAIVE_TIMESTAMP.exec(value);
  return naive ? new Date(`${naive[1]}T${naive[2]}Z`) : new Date(value);
}

/**
 * A Date as the text every backend stores in a timestamp column, in UTC. The metadata
 * database's Kysely plugin applies this to every Date parameter; call it directly only to
 * compare a timestamp column with a Date in a typed `where`.
 */
export function toDbTimestamp(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/** Reads `count(*)`, which PostgreSQL returns as text (bigint) and the others as a number. */
export function readCount(value: string | number | bigint | undefined): number {
  return value === undefined ? 0 : Number(value);
}
