import type { ColumnType, Generated } from 'kysely';
import type { DbBoolean } from '../metadata-values.js';

/** An auto-increment primary key: read as a number, never written. */
export type IdColumn = Generated<number>;

/** Read as the driver returns it (`readBoolean` normalises); written as a boolean. */
export type BooleanColumn = ColumnType<DbBoolean, boolean, boolean>;

/** A boolean with a database default, so optional on insert. */
export type DefaultedBooleanColumn = ColumnType<DbBoolean, boolean | undefined, boolean>;

/** Read as UTC text (`readTimestamp` turns it into a Date); written as a Date. */
export type TimestampColumn = ColumnType<string, Date, Date>;

/** A nullable timestamp. */
export type NullableTimestampColumn = ColumnType<
  string | null,
  Date | null | undefined,
  Date | null
>;

/** An integer with a database default. */
export type DefaultedIntegerColumn = Generated<number>;
