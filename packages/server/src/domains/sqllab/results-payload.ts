import { GenericDataType, type ResultColumnDescription } from '@superset-ts/shared';
import type { CellValue, ResultColumn } from '@superset-ts/engines';

/** A run's rows as stored in the results backend: columns once, rows as arrays. */
export interface StoredResults {
  columns: ResultColumnDescription[];
  rows: CellValue[][];
}

/**
 * Column names made unique the way Superset does it (`a`, `a__1`, `a__2`), so rows can be
 * keyed by name without one column hiding another.
 */
export function uniqueColumnNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(names);
  return names.map((name) => {
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    if (count === 0) return name;
    let suffix = count;
    while (taken.has(`${name}__${suffix}`)) suffix += 1;
    const unique = `${name}__${suffix}`;
    taken.add(unique);
    return unique;
  });
}

/** Result columns as SQL Lab describes them. */
export function describeResultColumns(columns: readonly ResultColumn[]): ResultColumnDescription[] {
  const names = uniqueColumnNames(columns.map((column) => column.name));
  return columns.map((column, index) => {
    const name = names[index] ?? column.name;
    return {
      column_name: name,
      name,
      type: column.type,
      type_generic: column.genericType,
      is_dttm: column.genericType === GenericDataType.TEMPORAL,
    };
  });
}

/** Rows as records keyed by column name, cut to `maxRows`. */
export function displayRows(
  results: StoredResults,
  maxRows: number,
): { data: Record<string, unknown>[]; isCut: boolean } {
  const names = results.columns.map((column) => column.name);
  const shown = results.rows.slice(0, maxRows);
  const data = shown.map((row) => {
    const record: Record<string, unknown> = {};
    names.forEach((name, index) => {
      record[name] = row[index] ?? null;
    });
    return record;
  });
  return { data, isCut: results.rows.length > maxRows };
}
