import type { Page } from '@playwright/test';
import { expect } from '../fixtures.js';
import {
  createDataset,
  createPostgresDatabase,
  deleteResource,
  getJson,
  putJson,
  runSql,
  saveChart,
} from '../support/api-setup.js';
import { GALLERY_TABLE, readCreateTableSql, type GalleryChart } from './gallery-charts.js';

/** The connection, dataset and charts the gallery made, for the clean-up. */
export interface GallerySetup {
  databaseId: number;
  datasetId: number;
}

/** The fields of a dataset column that `PUT /api/v1/dataset/{pk}` takes back. */
const EDITABLE_COLUMN_FIELDS = [
  'id',
  'column_name',
  'type',
  'verbose_name',
  'description',
  'expression',
  'filterable',
  'groupby',
  'is_active',
  'is_dttm',
  'python_date_format',
] as const;

type DatasetColumn = Record<string, unknown> & { column_name: string; is_dttm?: boolean | null };

const editableColumn = (column: DatasetColumn): Record<string, unknown> =>
  Object.fromEntries(
    EDITABLE_COLUMN_FIELDS.filter((field) => column[field] !== undefined).map((field) => [
      field,
      column[field],
    ]),
  );

/**
 * Makes the gallery's data through the API, as a user would: a PostgreSQL connection that
 * allows DML (its name unique to this worker, since a worker restarted after a failure sets
 * up again), the table from create-table.sql, and a dataset over it whose `ts` is the
 * temporal column and the main datetime column.
 */
export async function setUpGallery(page: Page): Promise<GallerySetup> {
  const databaseId = await createPostgresDatabase(page, `Viz gallery Postgres ${process.pid}`);
  await runSql(page, databaseId, `DROP TABLE IF EXISTS ${GALLERY_TABLE}`);
  await runSql(page, databaseId, readCreateTableSql());
  const datasetId = await createDataset(page, databaseId, GALLERY_TABLE);
  const read = await getJson(page, `/api/v1/dataset/${datasetId}`);
  const { columns } = (read as { result: { columns: DatasetColumn[] } }).result;
  const ts = columns.find((column) => column.column_name === 'ts');
  expect(ts, 'the dataset has the ts column').toBeDefined();
  if (!ts?.is_dttm) {
    await putJson(page, `/api/v1/dataset/${datasetId}`, {
      columns: columns.map((column) => ({
        ...editableColumn(column),
        ...(column.column_name === 'ts' ? { is_dttm: true } : {}),
      })),
    });
  }
  await putJson(page, `/api/v1/dataset/${datasetId}`, { main_dttm_col: 'ts' });
  return { databaseId, datasetId };
}

/** Saves a gallery chart over the dataset and gives its id. */
export async function saveGalleryChart(
  page: Page,
  datasetId: number,
  chart: GalleryChart,
): Promise<number> {
  return saveChart(page, {
    name: `Gallery: ${chart.name}`,
    vizType: chart.vizType,
    datasetId,
    formData: chart.formData,
  });
}

/** Deletes what setUpGallery and saveGalleryChart made; the other specs share the server. */
export async function tearDownGallery(
  page: Page,
  setup: GallerySetup,
  chartIds: readonly number[],
): Promise<void> {
  for (const id of chartIds) await deleteResource(page, `/api/v1/chart/${id}`);
  await deleteResource(page, `/api/v1/dataset/${setup.datasetId}`);
  await runSql(page, setup.databaseId, `DROP TABLE IF EXISTS ${GALLERY_TABLE}`);
  await deleteResource(page, `/api/v1/database/${setup.databaseId}`);
}
