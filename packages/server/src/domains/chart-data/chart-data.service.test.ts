import { EngineError } from '@superset-ts/engines';
import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import type { QueryAnswer } from './chart-data.service.js';
import {
  chartDataHarness,
  contextOf,
  gamma,
  sqlLabUser,
} from './test-support/chart-data-harness.js';
import { datasetFixture } from './test-support/chart-data-fixtures.js';

const byRegion = { queries: [{ columns: ['region'], metrics: ['count'] }] };

function outcomeOf(answers: QueryAnswer[]) {
  const [answer] = answers;
  if (answer?.kind !== 'data') throw new Error(`expected data, got ${JSON.stringify(answer)}`);
  return answer.outcome;
}

describe('chart data service: caching', () => {
  it('runs a query once and answers the same request from the cache', async () => {
    const { service, executed } = chartDataHarness();
    const first = outcomeOf(await service.run(gamma(), contextOf(byRegion)));
    const second = outcomeOf(await service.run(gamma(), contextOf(byRegion)));
    expect(executed).toHaveLength(1);
    expect(first.isCached).toBe(false);
    expect(second.isCached).toBe(true);
    expect(second.cacheKey).toBe(first.cacheKey);
    expect(second.result.typed.frame.rows).toEqual([{ region: 'EU', count: 10 }]);
    expect(second.result.typed.types.region).toBe(GenericDataType.STRING);
  });

  it('runs again when forced', async () => {
    const { service, executed } = chartDataHarness();
    await service.run(gamma(), contextOf(byRegion));
    const forced = outcomeOf(await service.run(gamma(), contextOf({ ...byRegion, force: true })));
    expect(executed).toHaveLength(2);
    expect(forced.isCached).toBe(false);
  });

  it('runs identical concurrent misses once', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { service, executed } = chartDataHarness({ gate });
    const runs = [gamma(2), gamma(4), gamma(5)].map((actor) =>
      service.run(actor, contextOf(byRegion)),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const outcomes = (await Promise.all(runs)).map(outcomeOf);
    expect(executed).toHaveLength(1);
    expect(outcomes.every((outcome) => outcome.result.typed.frame.rows.length === 1)).toBe(true);
  });

  it('keys results by RLS predicates, so users with different rules never share rows', async () => {
    const { service, executed } = chartDataHarness({
      rls: (actor) => (actor.kind === 'user' && actor.userId === 2 ? ["region = 'EU'"] : []),
    });
    const restricted = outcomeOf(await service.run(gamma(2), contextOf(byRegion)));
    const other = outcomeOf(await service.run(gamma(4), contextOf(byRegion)));
    expect(executed).toHaveLength(2);
    expect(executed[0]).toContain("(region = 'EU')");
    expect(executed[1]).not.toContain("region = 'EU'");
    expect(other.isCached).toBe(false);
    expect(other.cacheKey).not.toBe(restricted.cacheKey);
  });

  it('keys results by user when a template read the user', async () => {
    const { service, executed } = chartDataHarness({
      dataset: datasetFixture({
        sql: "SELECT * FROM sales WHERE owner = '{{ current_username() }}'",
      }),
      templates: (sql, request) =>
        Promise.resolve(
          sql.includes('current_username')
            ? {
                sql: sql.replace('{{ current_username() }}', String(request.actor.kind)),
                cacheKeyExtras: [request.actor.kind === 'user' ? request.actor.userId : null],
              }
            : { sql, cacheKeyExtras: [] },
        ),
    });
    await service.run(gamma(2), contextOf(byRegion));
    const other = outcomeOf(await service.run(gamma(4), contextOf(byRegion)));
    expect(executed).toHaveLength(2);
    expect(other.isCached).toBe(false);
  });

  it('keys results by user under CACHE_QUERY_BY_USER', async () => {
    const { service, executed } = chartDataHarness({ settings: { isCacheQueryByUser: true } });
    await service.run(gamma(2), contextOf(byRegion));
    await service.run(gamma(4), contextOf(byRegion));
    await service.run(gamma(2), contextOf(byRegion));
    expect(executed).toHaveLength(2);
  });
});

describe('chart data service: cache timeout', () => {
  it('follows request -> chart -> dataset -> database -> defaults', async () => {
    const dataset = datasetFixture({ cacheTimeout: 300 });
    const { service, cacheTtls } = chartDataHarness({ dataset, databaseCacheTimeout: 600 });
    const fromDataset = outcomeOf(await service.run(gamma(), contextOf(byRegion)));
    expect(fromDataset.cacheTimeout).toBe(300);
    expect(cacheTtls.get(fromDataset.cacheKey)).toBe(300);
    const fromChart = outcomeOf(
      await service.run(gamma(), contextOf({ ...byRegion, force: true }), {
        id: 1,
        cacheTimeout: 60,
      }),
    );
    expect(fromChart.cacheTimeout).toBe(60);
    const custom = outcomeOf(
      await service.run(gamma(), contextOf({ ...byRegion, custom_cache_timeout: 5 })),
    );
    expect(custom.cacheTimeout).toBe(5);

    const plain = chartDataHarness({ databaseCacheTimeout: 600 });
    expect(outcomeOf(await plain.service.run(gamma(), contextOf(byRegion))).cacheTimeout).toBe(600);
    const defaults = chartDataHarness({ settings: { dataCacheTimeout: 120 } });
    expect(outcomeOf(await defaults.service.run(gamma(), contextOf(byRegion))).cacheTimeout).toBe(
      120,
    );
  });

  it('does not cache when the chart says -1', async () => {
    const { service, executed } = chartDataHarness({
      dataset: datasetFixture({ cacheTimeout: 300 }),
    });
    const chart = { id: 1, cacheTimeout: -1 };
    await service.run(gamma(), contextOf(byRegion), chart);
    const again = outcomeOf(await service.run(gamma(), contextOf(byRegion), chart));
    expect(executed).toHaveLength(2);
    expect(again.isCached).toBe(false);
  });
});

describe('chart data service: free-text SQL and errors', () => {
  const withWhere = {
    queries: [{ columns: ['region'], metrics: ['count'], extras: { where: 'amount > 0' } }],
  };
  const withSqlMetric = {
    queries: [
      { columns: ['region'], metrics: [{ expressionType: 'SQL', sqlExpression: 'SUM(amount)' }] },
    ],
  };

  it('refuses free-text SQL without SQL Lab access, before running anything', async () => {
    const { service, executed } = chartDataHarness();
    for (const body of [withWhere, withSqlMetric]) {
      await expect(service.run(gamma(), contextOf(body))).rejects.toMatchObject({
        code: 'ADHOC_SQL_NOT_ALLOWED_ERROR',
        status: 403,
      });
    }
    expect(executed).toHaveLength(0);
  });

  it('runs free-text SQL for a user with SQL Lab access to the database', async () => {
    const { service, executed } = chartDataHarness();
    await service.run(sqlLabUser(), contextOf(withWhere));
    expect(executed[0]).toContain('(amount > 0)');
  });

  it("shows the database's error text only to SQL Lab users; others get an id in the log", async () => {
    const failWith = () =>
      new EngineError('COLUMN_DOES_NOT_EXIST_ERROR', 'column "salary" does not exist');
    const { service, failures } = chartDataHarness({ failWith });
    await expect(service.run(sqlLabUser(), contextOf(byRegion))).rejects.toMatchObject({
      code: 'CHART_DATA_QUERY_FAILED_ERROR',
      message: 'column "salary" does not exist',
    });
    const masked = await service.run(gamma(), contextOf(byRegion)).catch((error: unknown) => error);
    expect(masked).toMatchObject({ code: 'CHART_DATA_QUERY_FAILED_ERROR', status: 400 });
    const { message, extra } = masked as { message: string; extra: { error_id: string } };
    expect(message).not.toContain('salary');
    expect(message).toContain(extra.error_id);
    expect(failures.at(-1)).toMatchObject({
      errorId: extra.error_id,
      message: 'column "salary" does not exist',
    });
  });
});

describe('chart data service: result types', () => {
  it('answers the SQL for "query" without running it', async () => {
    const { service, executed } = chartDataHarness();
    const [answer] = await service.run(gamma(), contextOf({ ...byRegion, result_type: 'query' }));
    expect(answer).toMatchObject({ kind: 'payload', payload: { language: 'sql' } });
    expect(JSON.stringify(answer)).toContain('GROUP BY');
    expect(executed).toHaveLength(0);
  });

  it('answers dataset columns for "columns" and grains for "timegrains"', async () => {
    const { service } = chartDataHarness();
    const [columns] = await service.run(
      gamma(),
      contextOf({ ...byRegion, result_type: 'columns' }),
    );
    const columnData = columns?.kind === 'payload' ? columns.payload.data : undefined;
    expect(columnData).toContainEqual({ column_name: 'ds', verbose_name: null, dtype: 2 });
    const [grains] = await service.run(
      gamma(),
      contextOf({ ...byRegion, result_type: 'timegrains' }),
    );
    const grainData = grains?.kind === 'payload' ? grains.payload.data : undefined;
    expect(grainData).toContainEqual({
      name: 'Day',
      function: "DATE_TRUNC('day', {col})",
      duration: 'P1D',
    });
  });

  it('selects every column without metrics for samples, capped at SAMPLES_ROW_LIMIT', async () => {
    const { service, executed } = chartDataHarness({
      rows: () => [[new Date('2024-01-01T00:00:00Z'), 'EU', 10]],
    });
    const outcome = outcomeOf(
      await service.run(
        gamma(),
        contextOf({
          ...byRegion,
          result_type: 'samples',
          queries: [{ ...byRegion.queries[0], row_limit: 5000 }],
        }),
      ),
    );
    expect(executed[0]).not.toContain('COUNT(*)');
    expect(executed[0]).toContain('LIMIT 1000');
    expect(outcome.result.typed.frame.columns).toEqual(['ds', 'region', 'amount']);
  });

  it('joins time offsets and applies post-processing', async () => {
    const { service, executed } = chartDataHarness({
      rows: (sql) =>
        sql.includes('2023-')
          ? [[new Date('2023-01-01T00:00:00Z'), 5]]
          : [[new Date('2024-01-01T00:00:00Z'), 10]],
    });
    const outcome = outcomeOf(
      await service.run(
        gamma(),
        contextOf({
          queries: [
            {
              columns: [
                { sqlExpression: 'ds', label: 'ds', columnType: 'BASE_AXIS', timeGrain: 'P1D' },
              ],
              metrics: ['count'],
              time_range: '2024-01-01 : 2024-02-01',
              filters: [{ col: 'ds', op: 'TEMPORAL_RANGE', val: '2024-01-01 : 2024-02-01' }],
              time_offsets: ['1 year ago'],
              post_processing: [{ operation: 'rename', options: { columns: { count: 'n' } } }],
            },
          ],
        }),
      ),
    );
    expect(executed).toHaveLength(2);
    expect(outcome.result.typed.frame.rows).toEqual([
      { ds: new Date('2024-01-01T00:00:00Z'), n: 10, 'count__1 year ago': 5 },
    ]);
    expect(outcome.result.sql).toContain(';\n\n');
  });
});
