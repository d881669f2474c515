import type { AdhocColumn, QueryColumn, QueryExtras, QueryObjectInput } from '../api/chart-data.js';
import type { ExtraFilter, ExtraFormData } from '../api/dashboard-filters.js';

/** A query object's filter as a client sends it. */
type InputFilter = NonNullable<QueryObjectInput['filters']>[number];

const TEMPORAL_RANGE = 'TEMPORAL_RANGE';
const RELATIVE_ANCHORS = ['today', 'now'] as const;

function isTemporalRange(filter: InputFilter): boolean {
  return typeof filter.op === 'string' && filter.op.toUpperCase() === TEMPORAL_RANGE;
}

function isBaseAxis(column: QueryColumn): column is AdhocColumn {
  return typeof column === 'object' && column.columnType === 'BASE_AXIS';
}

/** An extra filter as a query filter; one on an object column that is not adhoc SQL has no meaning. */
function asQueryFilter(filter: ExtraFilter): InputFilter | null {
  const { col } = filter;
  if (typeof col === 'string') return { ...filter, col };
  return typeof col.sqlExpression === 'string'
    ? { ...filter, col: { ...col, sqlExpression: col.sqlExpression } }
    : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** `a AND (b)`: a clause ANDed with more, each part parenthesised as Superset does. */
function andClauses(existing: string | undefined, more: readonly string[]): string | undefined {
  if (more.length === 0) return existing;
  const parts = [...(existing ? [existing] : []), ...more].map((part) => `(${part})`);
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}

/** The filters and SQL clauses of adhoc filters (Superset's `processFilters`). */
function splitAdhocFilters(adhocFilters: readonly Record<string, unknown>[]) {
  const filters: InputFilter[] = [];
  const where: string[] = [];
  const having: string[] = [];
  for (const adhoc of adhocFilters) {
    const clause = adhoc.clause === 'HAVING' ? 'HAVING' : 'WHERE';
    if (adhoc.expressionType === 'SQL') {
      const sql = text(adhoc.sqlExpression);
      if (sql) (clause === 'HAVING' ? having : where).push(sql);
      continue;
    }
    // Superset has no simple HAVING filter on a query object: it leaves them out too.
    const col = text(adhoc.subject);
    const op = text(adhoc.operator);
    if (clause === 'WHERE' && col && op) {
      filters.push({
        col,
        op,
        ...(adhoc.comparator === undefined ? {} : { val: adhoc.comparator }),
        ...(adhoc.isExtra === true ? { isExtra: true } : {}),
      });
    }
  }
  return { filters, where, having };
}

/** The time filters pointed at `granularity`: the one already on it, else the first one. */
function retargetTimeFilter(filters: InputFilter[], granularity: string): InputFilter[] {
  const onGranularity = filters.some(
    (filter) => isTemporalRange(filter) && filter.col === granularity,
  );
  if (onGranularity) return filters;
  const first = filters.findIndex(isTemporalRange);
  return filters.map((filter, index) =>
    index === first ? { ...filter, col: granularity } : filter,
  );
}

/**
 * Applies what a dashboard's native filters and cross-filters add to one query of a chart
 * (Superset's `overrideExtraFormData` with `processFilters` and `_apply_granularity`):
 *
 * - `filters` are appended (one on an object column without `sqlExpression` is left out); `adhoc_filters` too, SIMPLE WHERE ones as filters and SQL ones
 *   ANDed (parenthesised) into `extras.where` or `extras.having` by their clause;
 * - `time_range` replaces the range of every TEMPORAL_RANGE filter and sets `time_range`
 *   (which filters on the granularity column, when the query has one);
 * - `granularity_sqla` (the time column filter) sets `granularity` and points the query's
 *   time filter at that column;
 * - `time_grain_sqla` sets `extras.time_grain_sqla` and the grain of the x-axis columns;
 * - `relative_start` / `relative_end` (`today` or `now`) go into `extras`;
 * - `time_compare` replaces `time_offsets`.
 *
 * A query with neither a TEMPORAL_RANGE filter nor a granularity is not narrowed by a time
 * range, as in Superset. The legacy Druid keys `time_column` and `time_grain` are not read.
 * Pure: the query is not changed, a new one is returned.
 */
export function applyExtraFormData(
  query: QueryObjectInput,
  extra: ExtraFormData,
): QueryObjectInput {
  const adhoc = splitAdhocFilters(extra.adhoc_filters ?? []);
  const extraFilters = (extra.filters ?? []).flatMap((filter) => asQueryFilter(filter) ?? []);
  let filters: InputFilter[] = [...(query.filters ?? []), ...extraFilters, ...adhoc.filters];
  const extras: QueryExtras = { ...query.extras };
  const next: QueryObjectInput = { ...query };

  // The deprecated top-level where/having count unless extras already has its own.
  const where = andClauses(extras.where ?? (query.where || undefined), adhoc.where);
  if (where !== undefined) extras.where = where;
  const having = andClauses(extras.having ?? (query.having || undefined), adhoc.having);
  if (having !== undefined) extras.having = having;

  const timeRange = extra.time_range;
  if (timeRange !== undefined) {
    next.time_range = timeRange;
    filters = filters.map((filter) =>
      isTemporalRange(filter) ? { ...filter, val: timeRange } : filter,
    );
  }
  const granularity = text(extra.granularity_sqla);
  if (granularity) {
    next.granularity = granularity;
    filters = retargetTimeFilter(filters, granularity);
  }
  const grain = text(extra.time_grain_sqla);
  if (grain) {
    extras.time_grain_sqla = grain;
    const regrain = (column: QueryColumn) =>
      isBaseAxis(column) ? { ...column, timeGrain: grain } : column;
    if (query.columns) next.columns = query.columns.map(regrain);
    if (query.groupby) next.groupby = query.groupby.map(regrain);
  }
  for (const key of ['relative_start', 'relative_end'] as const) {
    const anchor = RELATIVE_ANCHORS.find((value) => value === extra[key]);
    if (anchor) extras[key] = anchor;
  }
  if (extra.time_compare !== undefined) next.time_offsets = [...extra.time_compare];

  next.filters = filters;
  next.extras = extras;
  return next;
}
