import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../../testing/chart-data-result';
import { bigNumberTotalPlugin } from '.';

const metric = { expressionType: 'SQL' as const, sqlExpression: 'SUM(num)', label: 'Total' };

describe('big_number_total', () => {
  it('queries one metric without dimensions', () => {
    const formData = { datasource: '1__table', metric, adhoc_filters: [] };
    const [query] = queryContextSchema.parse(bigNumberTotalPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({ columns: [], metrics: [metric] });
  });

  it('shows the value in the number format, or a date for a temporal metric', () => {
    const formData = { metric, y_axis_format: 'SMART_NUMBER', subheader: 'people' };
    const props = bigNumberTotalPlugin.transformProps(
      formData,
      [chartDataResult(['Total'], [0], [{ Total: 1234567 }])],
      {},
    );
    expect(props).toMatchObject({ headline: '1.23M', subheader: 'people' });
    const dated = bigNumberTotalPlugin.transformProps(
      { metric, time_format: '%Y-%m-%d' },
      [chartDataResult(['Total'], [2], [{ Total: Date.UTC(2024, 0, 31) }])],
      {},
    );
    expect(dated).toMatchObject({ headline: '2024-01-31' });
  });

  it('says No data when the metric is empty', () => {
    const props = bigNumberTotalPlugin.transformProps(
      { metric },
      [chartDataResult(['Total'], [0], [{ Total: null }])],
      {},
    );
    expect(props).toMatchObject({ headline: 'No data' });
  });
});
