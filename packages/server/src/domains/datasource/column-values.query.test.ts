import { ALL_ENGINE_SPECS, createEngineRegistry } from '@superset-ts/engines';
import { describe, expect, it } from 'vitest';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import { columnValuesSql } from './column-values.query.js';

const engines = createEngineRegistry(ALL_ENGINE_SPECS);
const postgres = engines.forUri({ backend: 'postgresql', driver: null }).dialect;

const dataset: QueryDataset = {
  id: 1,
  uuid: 'u',
  database_id: 1,
  catalog: null,
  schema: 'sales',
  table_name: 'orders',
  sql: null,
  main_dttm_col: null,
  always_filter_main_dttm: false,
  offset: 0,
  cache_timeout: null,
  fetch_values_predicate: 'amount > 0',
  template_params: {},
  extra: {},
  columns: [
    {
      column_name: 'Region',
      type: 'TEXT',
      type_generic: 1,
      is_dttm: false,
      groupby: true,
      filterable: true,
      expression: null,
      python_date_format: null,
      verbose_name: null,
      advanced_data_type: null,
    },
  ],
  metrics: [],
  changed_on: null,
  perm: null,
  schema_perm: null,
  catalog_perm: null,
};

describe('column values SQL', () => {
  it('quotes the column, ANDs the predicate with RLS predicates and limits the rows', () => {
    expect(
      columnValuesSql(dataset, 'Region', {
        dialect: postgres,
        limit: 1000,
        predicates: ["region <> 'x'"],
      }),
    ).toMatchInlineSnapshot(`
      "SELECT DISTINCT "Region" AS "column_values"
      FROM "sales"."orders"
      WHERE (amount > 0) AND (region <> 'x')
      LIMIT 1000"
    `);
  });

  it('wraps a virtual dataset as a subquery and refuses one that writes', () => {
    const virtual = { ...dataset, sql: 'SELECT * FROM orders;', fetch_values_predicate: null };
    expect(
      columnValuesSql(virtual, 'Region', { dialect: postgres, limit: 5, predicates: [] }),
    ).toMatch(/FROM \(SELECT \* FROM orders\) AS "virtual_table"/);
    expect(() =>
      columnValuesSql({ ...virtual, sql: 'DROP TABLE orders' }, 'Region', {
        dialect: postgres,
        limit: 5,
        predicates: [],
      }),
    ).toThrow(/SELECT/);
  });
});
