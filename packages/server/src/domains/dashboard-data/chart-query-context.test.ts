import { describe, expect, it } from 'vitest';
import { chartQueryContext } from './chart-query-context.js';
import { chartFixture } from './test-support/dashboard-fixtures.js';

const saved = {
  datasource: { id: 7, type: 'table' },
  queries: [
    { columns: ['region'], filters: [{ col: 'ds', op: 'TEMPORAL_RANGE', val: 'No filter' }] },
  ],
  result_format: 'csv',
};
const noOptions = { extraFormData: undefined, force: undefined };

describe('chartQueryContext', () => {
  it("applies the request's extra form data, then the chart's, which wins", () => {
    const context = chartQueryContext(
      chartFixture(1, saved),
      { chart_id: 1, extra_form_data: { time_range: 'Last week' } },
      {
        extraFormData: {
          time_range: 'Last year',
          filters: [{ col: 'region', op: 'IN', val: ['EU'] }],
        },
        force: true,
      },
    );
    const [query] = context.queries;
    expect(query?.time_range).toBe('Last week');
    expect(query?.filters).toEqual([
      { col: 'ds', op: 'TEMPORAL_RANGE', val: 'Last week' },
      { col: 'region', op: 'IN', val: ['EU'] },
    ]);
    expect(context.result_format).toBe('json');
    expect(context.force).toBe(true);
  });

  it("takes the client's query context as it is, on the chart's dataset only", () => {
    const own = { ...saved, datasource: { id: '7', type: 'table' }, force: true };
    const context = chartQueryContext(
      chartFixture(1, null),
      { chart_id: 1, query_context: own, extra_form_data: { time_range: 'Last week' } },
      { extraFormData: { time_range: 'Last year' }, force: undefined },
    );
    expect(context.queries[0]?.time_range).toBeUndefined();
    expect(context.force).toBe(true);
    for (const datasource of [
      { id: 8, type: 'table' },
      { id: 7, type: 'query' },
    ]) {
      expect(() =>
        chartQueryContext(
          chartFixture(1, saved),
          { chart_id: 1, query_context: { ...saved, datasource } },
          noOptions,
        ),
      ).toThrow(expect.objectContaining({ code: 'ACCESS_DENIED' }));
    }
  });

  it('says to save the chart again when its saved query context is missing or unreadable', () => {
    expect(() => chartQueryContext(chartFixture(1, null), undefined, noOptions)).toThrow(
      expect.objectContaining({ code: 'CHART_QUERY_CONTEXT_MISSING_ERROR' }),
    );
    expect(() =>
      chartQueryContext(chartFixture(1, { queries: 'x' }), undefined, noOptions),
    ).toThrow(/chart 1 is not valid\. Open the chart in Explore and save it again/);
  });
});
