import type { QueryObjectInput } from '@superset-ts/shared';
import type { ChartQuery } from './chart-data-queries.js';
import { DESIGN_DASHBOARD_QUERIES } from './dashboard-queries.js';

type QueryColumn = NonNullable<QueryObjectInput['columns']>[number];

/**
 * The dashboard's SQL expressions written for PostgreSQL, and MariaDB's spelling of the same
 * values: the histogram's `width_bucket(x, 0, 31, 31)` is `floor(x) + 1` for 0 <= x < 31
 * (every distance is 0.5 .. 30.5), ISO day of week is WEEKDAY + 1 (Monday 1).
 */
export const MARIADB_EXPRESSIONS: Readonly<Record<string, string>> = {
  'width_bucket(distance_km, 0, 31, 31)': 'FLOOR(distance_km) + 1',
  "date_part('isodow', pickup_ts)": 'WEEKDAY(pickup_ts) + 1',
  "date_part('hour', pickup_ts)": 'HOUR(pickup_ts)',
};

/**
 * PostgreSQL's week (date_trunc) starts on Monday, Superset's MySQL-family `P1W` on Sunday,
 * which would make other weeks (105 instead of 106 over the two years); the week starting
 * Monday is this grain on MariaDB, so both engines answer the same rows.
 */
export const MONDAY_WEEK_GRAIN = '1969-12-29T00:00:00Z/P1W';

function inMariaDb(column: QueryColumn): QueryColumn {
  if (typeof column !== 'object' || !('sqlExpression' in column)) return column;
  const expression = MARIADB_EXPRESSIONS[column.sqlExpression] ?? column.sqlExpression;
  const weekly = 'timeGrain' in column && column.timeGrain === 'P1W';
  return {
    ...column,
    sqlExpression: expression,
    ...(weekly ? { timeGrain: MONDAY_WEEK_GRAIN } : {}),
  };
}

/** A chart query with its PostgreSQL-only SQL expressions in MariaDB's dialect. */
export function inMariaDbDialect(chart: ChartQuery): ChartQuery {
  const { columns } = chart.query;
  if (columns === undefined) return chart;
  return { ...chart, query: { ...chart.query, columns: columns.map(inMariaDb) } };
}

/** The design's 12-chart dashboard (performance.md §5.3), as MariaDB runs it. */
export function mariaDbDashboardQueries(): ChartQuery[] {
  return DESIGN_DASHBOARD_QUERIES.map(inMariaDbDialect);
}
