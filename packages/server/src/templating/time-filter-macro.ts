import { findDialect } from './engine-dialects.js';
import { defineMacro, flag, optionalString } from './macro-arguments.js';
import { addOnce, type MacroScope } from './macro-scope.js';
import type { JinjaValue } from './jinja-values.js';
import { pythonStrftime } from './python-strftime.js';
import { NO_TIME_RANGE, parseTimeRange } from './time-range.js';

/** What `get_time_filter` returns (Superset's `TimeFilter`). */
export interface TimeFilter {
  readonly from_expr: string | null;
  readonly to_expr: string | null;
  readonly time_range: string;
}

/**
 * `get_time_filter(column=None, default=None, target_type=None, strftime=None,
 * remove_filter=False)`: the chart's time range (or the TEMPORAL_RANGE filter on `column`) as
 * SQL expressions for the engine, or as `strftime` text. Without a type the column's type
 * from the dataset is used; an engine with no literal for that type gives None.
 */
export function timeFilterMacro(scope: MacroScope): JinjaValue {
  return defineMacro(
    'get_time_filter',
    ['column', 'default', 'target_type', 'strftime', 'remove_filter'],
    (args): TimeFilter => {
      const column = optionalString('get_time_filter', 'column', args.column);
      let targetType = optionalString('get_time_filter', 'target_type', args.target_type);
      const strftime = optionalString('get_time_filter', 'strftime', args.strftime);
      const fallback = optionalString('get_time_filter', 'default', args.default);
      let timeRange = scope.context.timeRange ?? null;
      if (column !== null) {
        const filter = (scope.context.filters ?? []).find(
          (candidate) => candidate.operator === 'TEMPORAL_RANGE' && candidate.subject === column,
        );
        if (filter !== undefined) {
          if (flag(args.remove_filter, false)) addOnce(scope.record.removedFilters, column);
          addOnce(scope.record.appliedFilters, column);
          timeRange = typeof filter.comparator === 'string' ? filter.comparator : null;
          targetType ??= scope.context.columnTypes?.[column] ?? null;
        }
      }
      let range = timeRange !== null && timeRange !== '' ? timeRange : NO_TIME_RANGE;
      if (range === NO_TIME_RANGE && fallback !== null) range = fallback;
      const [since, until] = parseTimeRange(range, scope.now);
      const format = (moment: Date | null): string | null => {
        if (moment === null) return null;
        if (strftime !== null && strftime !== '') return pythonStrftime(moment, strftime);
        return findDialect(scope.context.engine)?.convertDttm(targetType ?? '', moment) ?? null;
      };
      return { from_expr: format(since), to_expr: format(until), time_range: range };
    },
  );
}
