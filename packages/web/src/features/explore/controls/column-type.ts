import type { ExploreColumn } from '../explore-dataset';

/** What a column holds, as the dataset panel's icons and the filter operators tell it apart. */
export type ColumnTypeKind = 'temporal' | 'string' | 'numeric' | 'boolean' | 'unknown';

/** Superset's `GenericDataType` codes, in order. */
const GENERIC_TYPES: readonly ColumnTypeKind[] = ['numeric', 'string', 'temporal', 'boolean'];

const NUMERIC =
  /\b(?:TINY|SMALL|MEDIUM|BIG|U)?INT(?:EGER|\d+)?\b|FLOAT|DOUBLE|DECIMAL|NUMERIC|NUMBER|REAL|MONEY|SERIAL/i;
const TEMPORAL = /DATE|TIME/i;
const BOOLEAN = /BOOL/i;
const STRING = /CHAR|TEXT|STRING|CLOB|UUID|ENUM|JSON/i;

/**
 * The kind of a dataset column: its generic type when the server sent one, temporal when it
 * is marked as a datetime, else read from the database type name (`BIGINT`, `VARCHAR(10)`).
 */
export function columnTypeOf(column: ExploreColumn): ColumnTypeKind {
  const generic = column.type_generic;
  if (typeof generic === 'number' && GENERIC_TYPES[generic]) return GENERIC_TYPES[generic];
  if (column.is_dttm) return 'temporal';
  const type = column.type ?? '';
  if (BOOLEAN.test(type)) return 'boolean';
  if (TEMPORAL.test(type)) return 'temporal';
  if (NUMERIC.test(type)) return 'numeric';
  if (STRING.test(type)) return 'string';
  return 'unknown';
}

/** Whether the column can be a time axis (a `temporalOnly` control's choice). */
export function isTemporalColumn(column: ExploreColumn): boolean {
  return column.is_dttm || columnTypeOf(column) === 'temporal';
}
