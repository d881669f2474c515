import { AppError } from '../errors/app-error.js';
import type { SqlFamily } from './sql-family.js';

/** A value a filter compares with, after conversion by the column's type. */
export type FilterValue = string | number | boolean | null;

/**
 * A string as a SQL literal: single quotes doubled and, in families where a backslash
 * escapes (MySQL and its kin), backslashes doubled too, so no value can end the literal
 * early. This is the one place filter values become SQL text.
 */
export function stringLiteral(value: string, family: Pick<SqlFamily, 'backslashEscapes'>): string {
  const escaped = family.backslashEscapes ? value.replace(/\\/g, '\\\\') : value;
  return `'${escaped.replace(/'/g, "''")}'`;
}

/** A number, boolean, string or null as a SQL literal. */
export function valueLiteral(value: FilterValue, family: SqlFamily): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return booleanLiteral(value, family);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new AppError('QUERY_OBJECT_VALIDATION_ERROR', `A filter value is not a finite number.`);
    }
    return String(value);
  }
  return stringLiteral(value, family);
}

/** TRUE/FALSE, or 1/0 where the engine has no boolean literals. */
export function booleanLiteral(
  value: boolean,
  family: Pick<SqlFamily, 'hasBooleanLiterals'>,
): string {
  if (family.hasBooleanLiterals) return value ? 'TRUE' : 'FALSE';
  return value ? '1' : '0';
}
