import type { QueryResult } from '@superset-ts/engines';
import { GenericDataType } from '@superset-ts/shared';
import type { DataFrame, FrameCell } from '../../post-processing/data-frame.js';

/** A query's rows as a frame (rows keyed by column), and the generic type of each column. */
export interface TypedFrame {
  frame: DataFrame;
  /** Generic types known from the engine or the dataset, by column name. */
  types: Record<string, GenericDataType>;
}

/**
 * The engine's result as a frame for post-processing. A column's type is the engine's, else
 * the dataset column's of the same name; unknown ones are read from the values later.
 */
export function typedFrameOf(
  result: Pick<QueryResult, 'columns' | 'rows'>,
  datasetTypes: ReadonlyMap<string, GenericDataType | null> = new Map(),
): TypedFrame {
  const columns = result.columns.map((column) => column.name);
  const types: Record<string, GenericDataType> = {};
  for (const column of result.columns) {
    const type = column.genericType ?? datasetTypes.get(column.name) ?? null;
    if (type !== null) types[column.name] = type;
  }
  const rows = result.rows.map((row) => {
    const record: Record<string, FrameCell> = {};
    columns.forEach((name, index) => {
      record[name] = row[index] ?? null;
    });
    return record;
  });
  return { frame: { columns, rows }, types };
}

function inferredType(frame: DataFrame, column: string): GenericDataType {
  for (const row of frame.rows) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    if (value instanceof Date) return GenericDataType.TEMPORAL;
    if (typeof value === 'number' || Array.isArray(value)) return GenericDataType.NUMERIC;
    if (typeof value === 'boolean') return GenericDataType.BOOLEAN;
    return GenericDataType.STRING;
  }
  return GenericDataType.STRING;
}

/** `coltypes`: each column's known type, else read from its values (strings when all null). */
export function columnTypesOf(typed: TypedFrame): GenericDataType[] {
  return typed.frame.columns.map((name) => typed.types[name] ?? inferredType(typed.frame, name));
}
