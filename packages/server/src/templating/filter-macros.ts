import { defineMacro, flag, isTruthy, requireString } from './macro-arguments.js';
import { addOnce, type MacroScope } from './macro-scope.js';
import type { JinjaValue } from './jinja-values.js';

/** One filter on a column, as `get_filters` returns it. */
export interface ColumnFilter {
  readonly op: string | null;
  readonly col: string;
  readonly val: unknown;
}

const NULL_OPERATORS: ReadonlySet<string> = new Set(['IS NULL', 'IS NOT NULL']);
const LIST_OPERATORS: ReadonlySet<string> = new Set(['IN', 'NOT IN']);

/**
 * The chart's simple WHERE filters on `column`, as Superset's `get_filters`: `IN`/`NOT IN`
 * values always as a list, filters without a value skipped unless they test for NULL. Records
 * the column as applied, and as removed when `removeFilter` is set.
 */
export function filtersOnColumn(
  scope: MacroScope,
  column: string,
  removeFilter: boolean,
): ColumnFilter[] {
  const found: ColumnFilter[] = [];
  for (const filter of scope.context.filters ?? []) {
    const op =
      typeof filter.operator === 'string' && filter.operator !== ''
        ? filter.operator.toUpperCase()
        : null;
    const hasValue = isTruthy(filter.comparator) || (op !== null && NULL_OPERATORS.has(op));
    if (
      filter.expressionType !== 'SIMPLE' ||
      filter.clause !== 'WHERE' ||
      filter.subject !== column ||
      !hasValue
    ) {
      continue;
    }
    if (removeFilter) addOnce(scope.record.removedFilters, column);
    addOnce(scope.record.appliedFilters, column);
    const val =
      op !== null && LIST_OPERATORS.has(op) && !Array.isArray(filter.comparator)
        ? [filter.comparator]
        : (filter.comparator ?? null);
    found.push({ op, col: column, val });
  }
  return found;
}

/** `get_filters(column, remove_filter=False)` and `filter_values(column, default=None, remove_filter=False)`. */
export function filterMacros(scope: MacroScope): [string, JinjaValue][] {
  return [
    [
      'get_filters',
      defineMacro('get_filters', ['column', 'remove_filter'], (args) =>
        filtersOnColumn(
          scope,
          requireString('get_filters', 'column', args.column),
          flag(args.remove_filter, false),
        ),
      ),
    ],
    [
      'filter_values',
      defineMacro('filter_values', ['column', 'default', 'remove_filter'], (args) => {
        const column = requireString('filter_values', 'column', args.column);
        const values: unknown[] = [];
        for (const filter of filtersOnColumn(scope, column, flag(args.remove_filter, false))) {
          if (Array.isArray(filter.val)) values.push(...(filter.val as unknown[]));
          else if (isTruthy(filter.val)) values.push(filter.val);
        }
        return values.length === 0 && isTruthy(args.default) ? [args.default] : values;
      }),
    ],
  ];
}
