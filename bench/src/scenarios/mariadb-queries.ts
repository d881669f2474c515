import type { ChartQuery } from './chart-data-queries.js';
import { CHART_QUERIES } from './chart-data-queries.js';
import { inMariaDbDialect } from './mariadb-dashboard-queries.js';

/**
 * Scenario M's three shapes (performance.md §5.4): the daily time series (Q01), the top 10
 * zones (Q03) and the big number (Q08).
 */
export const MARIADB_QUERY_IDS: readonly string[] = ['Q01', 'Q03', 'Q08'];

/** Thrown when a shape of scenario M is in neither the chart nor the dashboard queries. */
export class MissingChartQueryError extends Error {
  override readonly name = 'MissingChartQueryError';
}

/** The chart query with the design id `id`. */
export function chartQueryById(
  id: string,
  queries: readonly ChartQuery[] = CHART_QUERIES,
): ChartQuery {
  const found = queries.find((chart) => chart.id === id);
  if (found === undefined) throw new MissingChartQueryError(`no chart query with id ${id}`);
  return found;
}

/** Q01, Q03 and Q08, as the PostgreSQL scenarios send them (in MariaDB's dialect). */
export function mariaDbQueries(): ChartQuery[] {
  return MARIADB_QUERY_IDS.map((id) => inMariaDbDialect(chartQueryById(id)));
}
