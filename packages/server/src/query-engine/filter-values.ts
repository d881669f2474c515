import { GenericDataType, type ChartFilterOperator } from '@superset-ts/shared';
import { AppError } from '../errors/app-error.js';
import { parseDateTimeText } from '../templating/time-expression.js';
import type { BuildContext } from './build-context.js';
import type { QueryDatasetColumn } from './query-dataset.js';
import { valueLiteral } from './sql-literal.js';

/** Superset's placeholders for NULL and the empty string in filter values. */
const NULL_STRING = '<NULL>';
const EMPTY_STRING = '<empty string>';
const ISO_MOMENT =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** How a filter's values are read: the column's generic and native types. */
export interface FilterTarget {
  genericType: GenericDataType | null;
  column: QueryDatasetColumn | null;
}

/**
 * One filter value as SQL, converted by the column's type as Superset's
 * `filter_values_handler`: `<NULL>` is NULL and `<empty string>` is ''; numeric columns take
 * numbers (text that is not a number compares as NULL, as Superset's `cast_to_num`); boolean
 * columns take booleans; temporal columns take epoch milliseconds and ISO text through the
 * engine's date literal; everything else is an escaped string. Returns null for NULL.
 */
export function filterValueSql(
  context: BuildContext,
  raw: unknown,
  operator: ChartFilterOperator,
  target: FilterTarget,
): string | null {
  let value = raw;
  const isLike = operator.includes('LIKE');
  if (typeof value === 'string') {
    value = value.replace(/^[\t\n]+|[\t\n]+$/g, '');
    if (value === NULL_STRING) return null;
    if (value === EMPTY_STRING) value = '';
  }
  if (value === null || value === undefined) return null;
  if (target.genericType === GenericDataType.TEMPORAL && !isLike) {
    const temporal = temporalSql(context, value, target.column);
    if (temporal !== null) return temporal;
  }
  if (target.genericType === GenericDataType.NUMERIC && !isLike && typeof value === 'string') {
    const number = Number(value.trim());
    return value.trim() === '' || !Number.isFinite(number) ? null : String(number);
  }
  if (target.genericType === GenericDataType.BOOLEAN && !isLike) {
    return valueLiteral(toBoolean(value), context.family);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return valueLiteral(value, context.family);
  }
  throw new AppError(
    'QUERY_OBJECT_VALIDATION_ERROR',
    'A filter value must be text, a number, a boolean or null.',
  );
}

function toBoolean(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().toLowerCase() === 'true';
  if (typeof value === 'number') return value !== 0;
  return value === true;
}

function temporalSql(
  context: BuildContext,
  value: unknown,
  column: QueryDatasetColumn | null,
): string | null {
  const moment =
    typeof value === 'number'
      ? new Date(value)
      : typeof value === 'string' && ISO_MOMENT.test(value.trim())
        ? parseDateTimeText(value, new Date(0))
        : null;
  if (moment === null || Number.isNaN(moment.getTime()) || !column?.type) return null;
  return context.dialect.convertDttm(column.type, moment);
}
