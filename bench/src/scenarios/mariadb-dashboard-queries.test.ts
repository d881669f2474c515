import { describe, expect, it } from 'vitest';
import type { ChartQuery } from './chart-data-queries.js';
import { xAxis } from './chart-data-queries.js';
import {
  inMariaDbDialect,
  mariaDbDashboardQueries,
  MONDAY_WEEK_GRAIN,
} from './mariadb-dashboard-queries.js';

function chart(columns: NonNullable<ChartQuery['query']['columns']>): ChartQuery {
  return { id: 'x', title: 'x', query: { columns }, apiRows: 1, sqlRows: 1, checksumColumn: 'n' };
}

describe("the dashboard's queries on MariaDB", () => {
  it("spells PostgreSQL's expressions and week the MariaDB way", () => {
    const mapped = inMariaDbDialect(
      chart([
        'vendor',
        { expressionType: 'SQL', sqlExpression: "date_part('isodow', pickup_ts)", label: 'dow' },
        xAxis('P1W'),
        xAxis('P1D'),
      ]),
    );
    expect(mapped.query.columns).toEqual([
      'vendor',
      { expressionType: 'SQL', sqlExpression: 'WEEKDAY(pickup_ts) + 1', label: 'dow' },
      { ...xAxis('P1W'), timeGrain: MONDAY_WEEK_GRAIN },
      xAxis('P1D'),
    ]);
  });

  it('leaves no PostgreSQL-only function in the twelve queries', () => {
    const queries = mariaDbDashboardQueries();
    expect(queries).toHaveLength(12);
    expect(JSON.stringify(queries)).not.toMatch(/date_part|width_bucket|date_trunc|::/);
  });
});
