import { DATASETS_API_PATH, DATASOURCE_API_PATH } from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startDatasetTestApp,
  type DatasetTestApp,
} from '../datasets/test-support/dataset-test-app.js';

let t: DatasetTestApp;
let ordersId: number;
let virtualId: number;
const values = (id: number, column: string) =>
  `${DATASOURCE_API_PATH}table/${id}/column/${encodeURIComponent(column)}/values/`;

beforeAll(async () => {
  t = await startDatasetTestApp();
  ordersId = await t.createDataset({ table_name: 'orders' });
  virtualId = await t.createDataset({
    table_name: 'big_orders',
    sql: 'SELECT * FROM orders WHERE amount >= 20',
  });
});
afterAll(async () => {
  await t.close();
});

const sorted = (body: { result: unknown[] }) => [...body.result].sort();

it('answers the distinct values of a column, of a table or a query', async () => {
  const response = await t.as(t.admin, 'GET', values(ordersId, 'region'));
  expect(response.statusCode, response.body).toBe(200);
  expect(sorted(response.json())).toEqual(['east', 'north', 'south']);
  expect(response.json<{ limit: number }>().limit).toBeGreaterThan(0);
  expect(sorted((await t.as(t.admin, 'GET', values(virtualId, 'region'))).json())).toEqual([
    'east',
    'south',
  ]);
});

it('applies the fetch-values predicate and uses a calculated column expression', async () => {
  const columns = (await t.as(t.admin, 'GET', `${DATASETS_API_PATH}${ordersId}`)).json<{
    result: { columns: { id: number; column_name: string }[] };
  }>().result.columns;
  const saved = await t.as(t.admin, 'PUT', `${DATASETS_API_PATH}${ordersId}`, {
    fetch_values_predicate: 'amount > 25',
    columns: [
      ...columns.map((c) => ({ id: c.id, column_name: c.column_name })),
      { column_name: 'upper_region', expression: 'upper(region)' },
    ],
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect(sorted((await t.as(t.admin, 'GET', values(ordersId, 'region'))).json())).toEqual([
    'east',
    'south',
  ]);
  expect(sorted((await t.as(t.admin, 'GET', values(ordersId, 'upper_region'))).json())).toEqual([
    'EAST',
    'SOUTH',
  ]);
});

it('refuses names that are not columns of the dataset, so nothing reaches the SQL', async () => {
  for (const name of ['nope', 'region" FROM orders; --', '1']) {
    const response = await t.as(t.admin, 'GET', values(ordersId, name));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      errors: [{ error_type: 'COLUMN_DOES_NOT_EXIST_ERROR' }],
    });
  }
  expect(
    (await t.as(t.admin, 'GET', `${DATASOURCE_API_PATH}druid/${ordersId}/column/region/values/`))
      .statusCode,
  ).toBe(400);
});

it('answers 404 for an unknown dataset and 403 without access to its data', async () => {
  expect((await t.as(t.admin, 'GET', values(99999, 'region'))).statusCode).toBe(404);
  const denied = await t.as(t.gamma, 'GET', values(ordersId, 'region'));
  expect(denied.statusCode).toBe(403);
  expect(denied.json()).toMatchObject({
    errors: [{ error_type: 'DATASOURCE_SECURITY_ACCESS_ERROR' }],
  });
  const schemaViewer = await t.gammaWith(
    'db_viewer',
    'database_access',
    `[analytics].(id:${t.databaseId})`,
  );
  expect((await t.as(schemaViewer, 'GET', values(ordersId, 'region'))).statusCode).toBe(200);
});
