import type { QueryColumn } from '@superset-ts/shared';
import { getColumnLabel } from '../../../core/query/labels';

/**
 * A column control's value (a column name or an adhoc SQL column; the first of a list), or
 * undefined when none is chosen.
 */
export function readColumn(value: unknown): QueryColumn | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (Array.isArray(value)) return readColumn(value[0]);
  if (value && typeof value === 'object' && 'sqlExpression' in value) return value as QueryColumn;
  return undefined;
}

/** The name a column or metric is shown with: its verbose name when the dataset has one. */
export function displayName(label: string, verboseMap?: Readonly<Record<string, string>>): string {
  return verboseMap?.[label] || label;
}

/** A column's label in the results, or undefined when no column is chosen. */
export const columnLabelOf = (column: QueryColumn | undefined) =>
  column === undefined ? undefined : getColumnLabel(column);
