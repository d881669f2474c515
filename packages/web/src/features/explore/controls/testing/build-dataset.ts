import type { ExploreColumn, ExploreDataset, ExploreMetric } from '../../explore-dataset';

/** A dataset column for tests; a string column unless overridden. */
export function buildColumn(overrides: Partial<ExploreColumn> = {}): ExploreColumn {
  return { column_name: 'name', type: 'VARCHAR', type_generic: 1, is_dttm: false, ...overrides };
}

/** A saved metric for tests. */
export function buildMetric(overrides: Partial<ExploreMetric> = {}): ExploreMetric {
  return { metric_name: 'count', expression: 'COUNT(*)', ...overrides };
}

/**
 * The `birth_names`-like dataset the control tests use: a temporal `ds`, strings `name` and
 * `gender`, numeric `num`, and the saved metrics `count` and `sum__num`.
 */
export function buildExploreDataset(overrides: Partial<ExploreDataset> = {}): ExploreDataset {
  return {
    id: 3,
    uid: '3__table',
    type: 'table',
    name: 'public.birth_names',
    table_name: 'birth_names',
    schema: 'public',
    main_dttm_col: 'ds',
    columns: [
      buildColumn({ column_name: 'ds', type: 'TIMESTAMP', type_generic: 2, is_dttm: true }),
      buildColumn({ column_name: 'name', verbose_name: 'Baby name' }),
      buildColumn({ column_name: 'gender' }),
      buildColumn({ column_name: 'num', type: 'BIGINT', type_generic: 0 }),
    ],
    metrics: [
      buildMetric({ metric_name: 'count', verbose_name: 'COUNT(*)' }),
      buildMetric({ metric_name: 'sum__num', expression: 'SUM(num)' }),
    ],
    time_grain_sqla: [
      ['P1D', 'Day'],
      ['P1W', 'Week'],
      ['P1M', 'Month'],
    ],
    database: { id: 1, name: 'examples', backend: 'postgresql' },
    ...overrides,
  };
}
