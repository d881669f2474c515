import { describe, expect, it } from 'vitest';

import type { TemplateFilter } from './template-context.js';
import { renderError, renderForTest, renderSql } from './test-support/render-for-test.js';

const alice = { id: 7, username: 'alice', email: 'alice@example.org', roles: ['Gamma', 'Alpha'] };

const inFilter = (subject: string, comparator: unknown, operator = 'IN'): TemplateFilter => ({
  expressionType: 'SIMPLE',
  clause: 'WHERE',
  subject,
  operator,
  comparator,
});

describe('current user macros', () => {
  it('print the user and add each value to the cache key', () => {
    const result = renderForTest(
      "SELECT * FROM users WHERE username = '{{ current_username() }}' AND id = {{ current_user_id() }} AND email = '{{ current_user_email() }}'",
      { user: alice },
    );
    expect(result.sql).toBe(
      "SELECT * FROM users WHERE username = 'alice' AND id = 7 AND email = 'alice@example.org'",
    );
    expect(result.cacheKeyExtras).toEqual(['alice', 7, 'alice@example.org']);
  });

  it('leave the cache key alone with add_to_cache_keys=False, positional or by name', () => {
    const result = renderForTest(
      '{{ current_username(add_to_cache_keys=False) }} {{ current_user_id(False) }}',
      { user: alice },
    );
    expect(result.sql).toBe('alice 7');
    expect(result.cacheKeyExtras).toEqual([]);
  });

  it('give None without a user, as Superset prints it', () => {
    const result = renderForTest('{{ current_username() }}/{{ current_user_email() }}');
    expect(result.sql).toBe('None/None');
    expect(result.cacheKeyExtras).toEqual([]);
  });

  it('list the roles sorted, and key the cache on them', () => {
    const result = renderForTest('{{ current_user_roles() }}', { user: alice });
    expect(result.sql).toBe("['Alpha', 'Gamma']");
    expect(result.cacheKeyExtras).toEqual(['["Alpha", "Gamma"]']);
  });

  it('cache_key_wrapper returns its value and keys the cache on it', () => {
    const result = renderForTest("{{ cache_key_wrapper('eu') }}");
    expect(result.sql).toBe('eu');
    expect(result.cacheKeyExtras).toEqual(['eu']);
  });
});

describe('url_param', () => {
  const urlParams = { foo: 'bar', name: "O'Brien" };

  it("replaces the parameter, as in Superset's docs (?foo=bar)", () => {
    expect(renderSql("SELECT * FROM t WHERE bar = '{{ url_param('foo') }}'", { urlParams })).toBe(
      "SELECT * FROM t WHERE bar = 'bar'",
    );
  });

  it('escapes quotes for the engine unless escape_result=False', () => {
    expect(renderSql("'{{ url_param('name') }}'", { urlParams })).toBe("'O''Brien'");
    expect(renderSql("'{{ url_param('name', escape_result=False) }}'", { urlParams })).toBe(
      "'O'Brien'",
    );
  });

  it('escapes backslashes too on engines that read them as escapes', () => {
    const sql = renderSql("'{{ url_param('x') }}'", {
      engine: 'mysql',
      urlParams: { x: "\\' OR 1=1 -- " },
    });
    expect(sql).toBe("'\\\\'' OR 1=1 -- '");
  });

  it('falls back to the default, escaped the same way, and keys the cache on the result', () => {
    const result = renderForTest(`{{ url_param('missing', "O'Malley") }} {{ url_param('foo') }}`, {
      urlParams,
    });
    expect(result.sql).toBe("O''Malley bar");
    expect(result.cacheKeyExtras).toEqual(["O''Malley", 'bar']);
  });

  it('gives None for an absent parameter, and can stay out of the cache key', () => {
    const result = renderForTest("{{ url_param('missing', add_to_cache_keys=False) }}");
    expect(result.sql).toBe('None');
    expect(result.cacheKeyExtras).toEqual([]);
  });
});

describe('filter_values and get_filters', () => {
  const filters = [inFilter('action_type', ['sell', 'buy']), inFilter('region', 'EMEA')];

  it("renders the docs' example: filter_values('action_type')|where_in", () => {
    const sql = renderSql(
      "SELECT action, count(*) as times FROM logs WHERE action in {{ filter_values('action_type')|where_in }} GROUP BY action",
      { filters },
    );
    expect(sql).toBe(
      "SELECT action, count(*) as times FROM logs WHERE action in ('sell', 'buy') GROUP BY action",
    );
  });

  it('gives a single value as a list, the default when nothing matches, and [] otherwise', () => {
    expect(renderSql("{{ filter_values('region') }}", { filters })).toBe("['EMEA']");
    expect(renderSql("{{ filter_values('name', 'foo') }}", { filters })).toBe("['foo']");
    expect(renderSql("{{ filter_values('name') }}", { filters })).toBe('[]');
  });

  it('reports the column as applied, and as removed with remove_filter=True', () => {
    const kept = renderForTest("{{ filter_values('region') }}", { filters });
    expect(kept.appliedFilters).toEqual(['region']);
    expect(kept.removedFilters).toEqual([]);
    const removed = renderForTest("{{ filter_values('region', remove_filter=True) }}", { filters });
    expect(removed.removedFilters).toEqual(['region']);
    const absent = renderForTest("{{ filter_values('name', remove_filter=True) }}", { filters });
    expect(absent.removedFilters).toEqual([]);
  });

  it('get_filters lists {op, col, val}, IN values always as a list', () => {
    expect(renderSql("{{ get_filters('region') }}", { filters })).toBe(
      "[{'op': 'IN', 'col': 'region', 'val': ['EMEA']}]",
    );
  });

  it('get_filters keeps IS NULL filters, which have no value', () => {
    const isNull = [inFilter('name', null, 'IS NULL')];
    expect(renderSql("{{ get_filters('name') }}", { filters: isNull })).toBe(
      "[{'op': 'IS NULL', 'col': 'name', 'val': None}]",
    );
  });

  it("renders the docs' get_filters loop over IN and LIKE filters", () => {
    const template = [
      "{%- for filter in get_filters('full_name', remove_filter=True) -%}",
      "{%- if filter.get('op') == 'IN' -%} AND full_name IN {{ filter.get('val')|where_in }}{%- endif -%}",
      "{%- if filter.get('op') == 'LIKE' -%} AND full_name LIKE {{ \"'\" + filter.get('val') + \"'\" }}{%- endif -%}",
      '{%- endfor -%}',
    ].join('\n');
    const result = renderForTest(template, {
      filters: [inFilter('full_name', ['Ann', 'Bo']), inFilter('full_name', 'A%', 'LIKE')],
    });
    expect(result.sql).toBe("AND full_name IN ('Ann', 'Bo')AND full_name LIKE 'A%'");
    expect(result.removedFilters).toEqual(['full_name']);
  });

  it('ignores HAVING, custom SQL and other columns', () => {
    const others: TemplateFilter[] = [
      { ...inFilter('region', 'x'), clause: 'HAVING' },
      { ...inFilter('region', 'y'), expressionType: 'SQL' },
      inFilter('country', 'z'),
    ];
    expect(renderSql("{{ filter_values('region') }}", { filters: others })).toBe('[]');
  });
});

describe('get_time_filter', () => {
  const temporal: TemplateFilter = {
    expressionType: 'SIMPLE',
    clause: 'WHERE',
    subject: 'dttm',
    operator: 'TEMPORAL_RANGE',
    comparator: 'Last week',
  };

  it('turns the time range into SQL for the engine and type', () => {
    const result = renderForTest(
      "{% set tf = get_time_filter('dttm', target_type='TIMESTAMP', remove_filter=True) %}{{ tf.from_expr }} / {{ tf.to_expr }} / {{ tf.time_range }}",
      { filters: [temporal] },
    );
    expect(result.sql).toBe(
      "TO_TIMESTAMP('2024-09-03 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US') / TO_TIMESTAMP('2024-09-10 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US') / Last week",
    );
    expect(result.removedFilters).toEqual(['dttm']);
    expect(result.appliedFilters).toEqual(['dttm']);
  });

  it("takes the column's type from the dataset when no target_type is given", () => {
    const sql = renderSql("{{ get_time_filter('dttm').from_expr }}", {
      filters: [temporal],
      columnTypes: { dttm: 'DATE' },
    });
    expect(sql).toBe("TO_DATE('2024-09-03', 'YYYY-MM-DD')");
  });

  it('formats with strftime, and uses the chart time range without a column', () => {
    const sql = renderSql(
      "{% set tf = get_time_filter(strftime='%Y-%m-%d') %}{{ tf.from_expr }}..{{ tf.to_expr }}",
      { timeRange: '2024-01-01 : 2024-02-01' },
    );
    expect(sql).toBe('2024-01-01..2024-02-01');
  });

  it('gives None bounds for No filter, and the default when the chart has no range', () => {
    expect(renderSql('{{ get_time_filter() }}')).toBe(
      "{'from_expr': None, 'to_expr': None, 'time_range': 'No filter'}",
    );
    const sql = renderSql(
      "{{ get_time_filter('dttm', default='Last month', strftime='%Y-%m-%d').from_expr }}",
    );
    expect(sql).toBe('2024-08-10');
  });

  it('gives None when the engine has no literal for the type', () => {
    expect(renderSql("{{ get_time_filter('dttm').from_expr }}", { filters: [temporal] })).toBe(
      'None',
    );
  });
});

describe('dataset and metric', () => {
  const datasets = {
    queries: [
      {
        reference: { datasetId: 42, includeMetrics: false, columns: null },
        sql: 'SELECT ds, name FROM births',
      },
    ],
    metrics: [
      {
        datasetId: 42,
        tableName: 'births',
        metrics: {
          count: 'COUNT(*)',
          users: "COUNT(DISTINCT {{ 'user_id' }})",
          loop: "{{ metric('loop', 42) }}",
        },
      },
    ],
  };

  it('wraps the pre-fetched SQL as a subquery named after the dataset', () => {
    expect(renderSql('SELECT * FROM {{ dataset(42) }} LIMIT 10', { datasets })).toBe(
      'SELECT * FROM (\nSELECT ds, name FROM births\n) AS dataset_42 LIMIT 10',
    );
  });

  it('names the dataset when it was not fetched, or not with these arguments', () => {
    expect(renderError('{{ dataset(7) }}', { datasets }).message).toBe('Dataset 7 not found.');
    expect(renderError('{{ dataset(42, include_metrics=True) }}', { datasets }).message).toMatch(
      /^dataset\(42\) was not prepared/,
    );
  });

  it("gives a metric's expression, rendering the template inside it", () => {
    expect(
      renderSql("{{ metric('count', 42) }} {{ metric('users', dataset_id=42) }}", { datasets }),
    ).toBe('COUNT(*) COUNT(DISTINCT user_id)');
    expect(renderSql("{{ metric('count') }}", { datasets, currentDatasetId: 42 })).toBe('COUNT(*)');
  });

  it("reports Superset's errors for a missing dataset id, dataset or metric, and a self-reference", () => {
    expect(renderError("{{ metric('count') }}", { datasets }).message).toBe(
      'Please specify the Dataset ID for the ``count`` metric in the Jinja macro.',
    );
    expect(renderError("{{ metric('count', 3) }}", { datasets }).message).toBe(
      'Dataset ID 3 not found.',
    );
    expect(renderError("{{ metric('sum', 42) }}", { datasets }).message).toBe(
      'Metric ``sum`` not found in births.',
    );
    expect(renderError("{{ metric('loop', 42) }}", { datasets }).message).toBe(
      'Metric ``loop`` refers to itself.',
    );
  });
});

describe('template parameters and chart variables', () => {
  it('are names in the template, parameters over variables, macros over both', () => {
    const sql = renderSql('{{ ds }} {{ limit }} {{ url_param("x") }}', {
      variables: { ds: 'from-chart', limit: 10 },
      templateParams: { ds: '2024-01-01', url_param: 'shadowed' },
      urlParams: { x: 'from-url' },
    });
    expect(sql).toBe('2024-01-01 10 from-url');
  });
});
