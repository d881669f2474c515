import { describe, expect, it } from 'vitest';
import type { ChartProduct } from './chart-data-product.js';
import { chartDatasetBodies, chartDatasetId, tripsRidersSql } from './chart-data-product.js';
import { CHART_QUERIES } from './chart-data-queries.js';

const target = { analyticsUri: 'postgresql://x', schema: 'bench_chart_1m', table: 'trips' };

describe('the chart datasets', () => {
  it('registers the trips, the trips joined to riders (virtual) and the riders', () => {
    const bodies = chartDatasetBodies(4, target);
    expect(bodies.trips).toEqual({ database: 4, schema: 'bench_chart_1m', table_name: 'trips' });
    expect(bodies.dim_rider).toEqual({
      database: 4,
      schema: 'bench_chart_1m',
      table_name: 'dim_rider',
    });
    expect(bodies.trips_riders).toMatchObject({
      table_name: 'trips_riders',
      sql: tripsRidersSql('bench_chart_1m'),
    });
    expect(tripsRidersSql('s')).toBe(
      'SELECT t.*, r.city, r.segment, r.is_premium FROM s.trips t JOIN s.dim_rider r ON r.rider_id = t.rider_id',
    );
  });

  it('sends each query to its dataset, and refuses one the product lacks', () => {
    const product = {
      datasetId: 1,
      datasetIds: { trips: 1, trips_riders: 2, dim_rider: 3 },
    } as unknown as ChartProduct;
    expect(CHART_QUERIES.map((chart) => chartDatasetId(product, chart))).toEqual([
      1, 1, 1, 2, 1, 1, 1, 1, 2, 3,
    ]);
    const tripsOnly = { datasetId: 9 } as unknown as ChartProduct;
    const [q01, , , q04] = CHART_QUERIES;
    expect(chartDatasetId(tripsOnly, q01!)).toBe(9);
    expect(() => chartDatasetId(tripsOnly, q04!)).toThrow(/no trips_riders dataset/);
  });
});
