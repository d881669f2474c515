import { describe, expect, it } from 'vitest';
import { buildMetricByColumnsQuery, orderByMetric } from './metric-query';

const formData = { datasource: '1__table', metric: 'count', row_limit: 10 };

describe('buildMetricByColumnsQuery', () => {
  it('asks for the metric by the columns, largest first when sorted by the metric', () => {
    const [query] = buildMetricByColumnsQuery(formData, ['gender'], true).queries;
    expect(query).toMatchObject({
      columns: ['gender'],
      metrics: ['count'],
      orderby: [['count', false]],
      row_limit: 10,
    });
  });

  it('leaves the order to the database when not sorted by the metric', () => {
    const [query] = buildMetricByColumnsQuery(formData, ['gender'], false).queries;
    expect(query?.orderby).toEqual([]);
  });
});

describe('orderByMetric', () => {
  it('orders by nothing without a metric, even when sorting is asked', () => {
    expect(orderByMetric(undefined, true)).toEqual([]);
  });
});
