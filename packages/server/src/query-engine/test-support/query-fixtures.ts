import { ALL_ENGINE_SPECS, type Dialect } from '@superset-ts/engines';
import {
  GenericDataType,
  queryObjectSchema,
  type QueryObjectInput,
  type QueryObject,
} from '@superset-ts/shared';
import type { QueryDataset, QueryDatasetColumn } from '../query-dataset.js';

/** The dialect of an engine by Superset's engine name (`postgresql`, `mysql`, ...). */
export function dialectOf(engine: string): Dialect {
  const spec = ALL_ENGINE_SPECS.find((candidate) => candidate.engine === engine);
  if (!spec) throw new Error(`no engine ${engine}`);
  return spec.dialect;
}

/** A dataset column with defaults; override what a test needs. */
export function columnOf(
  column_name: string,
  fields: Partial<QueryDatasetColumn> = {},
): QueryDatasetColumn {
  return {
    column_name,
    type: 'VARCHAR',
    type_generic: GenericDataType.STRING,
    is_dttm: false,
    groupby: true,
    filterable: true,
    expression: null,
    python_date_format: null,
    verbose_name: null,
    advanced_data_type: null,
    ...fields,
  };
}

/**
 * `birth_names`-like: ds (timestamp), gender, name, state (text), num (integer), a
 * calculated `num_plus_one`, a text date `ds_text` (`%Y-%m-%d`), an epoch `ds_epoch`, and
 * saved metrics `count` and `sum__num`.
 */
export function birthNames(fields: Partial<QueryDataset> = {}): QueryDataset {
  return {
    id: 1,
    uuid: '00000000-0000-0000-0000-000000000001',
    database_id: 1,
    catalog: null,
    schema: null,
    table_name: 'birth_names',
    sql: null,
    main_dttm_col: 'ds',
    always_filter_main_dttm: false,
    offset: 0,
    cache_timeout: null,
    fetch_values_predicate: null,
    template_params: {},
    extra: {},
    columns: [
      columnOf('ds', { type: 'TIMESTAMP', type_generic: GenericDataType.TEMPORAL, is_dttm: true }),
      columnOf('gender'),
      columnOf('name'),
      columnOf('state'),
      columnOf('num', { type: 'INTEGER', type_generic: GenericDataType.NUMERIC }),
      columnOf('num_plus_one', {
        type: 'INTEGER',
        type_generic: GenericDataType.NUMERIC,
        expression: 'num + 1',
      }),
      columnOf('ds_text', { is_dttm: true, python_date_format: '%Y-%m-%d' }),
      columnOf('ds_epoch', {
        type: 'BIGINT',
        type_generic: GenericDataType.NUMERIC,
        is_dttm: true,
        python_date_format: 'epoch_s',
      }),
      columnOf('is_active', { type: 'BOOLEAN', type_generic: GenericDataType.BOOLEAN }),
    ],
    metrics: [
      {
        metric_name: 'count',
        expression: 'COUNT(*)',
        verbose_name: null,
        d3format: null,
        warning_text: null,
      },
      {
        metric_name: 'sum__num',
        expression: 'SUM(num)',
        verbose_name: null,
        d3format: null,
        warning_text: null,
      },
    ],
    changed_on: null,
    perm: null,
    schema_perm: null,
    catalog_perm: null,
    ...fields,
  };
}

/** A query object as the front end sends it, normalised by the shared schema. */
export function queryOf(input: QueryObjectInput): QueryObject {
  return queryObjectSchema.parse(input);
}

/** Tuesday 10 September 2024, 15:30 UTC. */
export const NOW = new Date('2024-09-10T15:30:00Z');
