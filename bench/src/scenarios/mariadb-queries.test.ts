import { describe, expect, it } from 'vitest';
import type { ChartQuery } from './chart-data-queries.js';
import { chartQueryById, mariaDbQueries, MissingChartQueryError } from './mariadb-queries.js';

function query(id: string): ChartQuery {
  return { id, title: id, query: {}, apiRows: 1, sqlRows: 1, checksumColumn: 'count' };
}

describe("scenario M's chart queries", () => {
  it('finds a query by its design id, and names a missing one', () => {
    expect(chartQueryById('Q01', [query('Q03'), query('Q01')]).id).toBe('Q01');
    expect(() => chartQueryById('Q08', [query('Q01')])).toThrow(MissingChartQueryError);
  });

  it('finds Q01, Q03 and Q08 among the chart queries', () => {
    const found = mariaDbQueries();
    expect(found).toHaveLength(3);
    expect(found.map((chart) => chart.apiRows)).toEqual([90, 10, 1]);
  });
});
