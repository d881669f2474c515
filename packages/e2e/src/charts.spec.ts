import type { Locator, Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, signIn, test } from './fixtures.js';
import { withAdminPage } from './support/admin-page.js';
import { pickOption } from './support/antd.js';
import {
  createDataset,
  createPostgresDatabase,
  deleteResource,
  runSql,
  saveChart,
} from './support/api-setup.js';

const DATABASE = 'Charts Postgres';
const TABLE = 'charts_e2e_sales';
const PIE = 'Sales by region (e2e)';
const BIG_NUMBER = 'Total sales (e2e)';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}charts-${name}.png`, animations: 'disabled' });
}

function rowOf(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

test.describe('Charts', () => {
  let databaseId = 0;
  let datasetId = 0;
  const chartIds: number[] = [];

  test.beforeAll(async ({ browser, admin }) => {
    await withAdminPage(browser, admin, async (page) => {
      databaseId = await createPostgresDatabase(page, DATABASE);
      await runSql(page, databaseId, `DROP TABLE IF EXISTS ${TABLE}`);
      await runSql(
        page,
        databaseId,
        `CREATE TABLE ${TABLE} AS SELECT g AS sale_id, (ARRAY['north','south','east'])[g % 3 + 1] AS region,
           g * 2.5 AS amount FROM generate_series(1, 30) g`,
      );
      datasetId = await createDataset(page, databaseId, TABLE);
      for (const [name, vizType, params] of [
        [PIE, 'pie', { groupby: ['region'], metric: 'count' }],
        [BIG_NUMBER, 'big_number_total', { metric: 'count' }],
      ] as const) {
        chartIds.push(await saveChart(page, { name, vizType, datasetId, formData: params }));
      }
    });
  });

  test.afterAll(async ({ browser, admin }) => {
    // The other specs share this server and expect no database or dataset of ours.
    await withAdminPage(browser, admin, async (page) => {
      for (const id of chartIds) await deleteResource(page, `/api/v1/chart/${id}`);
      if (datasetId) await deleteResource(page, `/api/v1/dataset/${datasetId}`);
      if (databaseId) {
        await runSql(page, databaseId, `DROP TABLE IF EXISTS ${TABLE}`);
        await deleteResource(page, `/api/v1/database/${databaseId}`);
      }
    });
  });

  test('an admin filters the charts, stars one, and deletes both together', async ({
    page,
    admin,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, admin);
    await page.getByRole('menuitem', { name: 'Charts' }).click();
    await expect(page).toHaveURL(/\/chart\/list\/$/);
    const pie = rowOf(page, PIE);
    const bigNumber = rowOf(page, BIG_NUMBER);
    await expect(pie).toContainText('Pie Chart');
    await expect(pie.getByRole('link', { name: TABLE })).toHaveAttribute(
      'href',
      new RegExp(`/explore/\\?datasource_type=table&datasource_id=${datasetId}$`),
    );
    await expect(pie.getByRole('link', { name: PIE, exact: true })).toHaveAttribute(
      'href',
      `/explore/?slice_id=${chartIds[0]}`,
    );
    await expect(bigNumber).toContainText('Big Number');
    await expect(bigNumber).toContainText('Ada Admin');
    await shot(page, 'list');

    await pickOption(page, page.getByRole('combobox', { name: 'Type' }), 'Pie Chart', 'pie');
    await expect(bigNumber).toBeHidden();
    await expect(pie).toBeVisible();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByRole('searchbox', { name: 'Search charts' }).fill('total sales');
    await expect(pie).toBeHidden();
    await expect(bigNumber).toBeVisible();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(pie).toBeVisible();

    const star = pie.getByRole('button', { name: `Favorite ${PIE}` });
    await expect(star).toHaveAttribute('aria-pressed', 'false');
    await expect(star).toBeEnabled();
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    await pickOption(page, page.getByRole('combobox', { name: 'Favorite' }), 'Yes');
    await expect(bigNumber).toBeHidden();
    await expect(pie).toBeVisible();
    await shot(page, 'favorites');
    // The star is kept: reloaded, the chart is still a favourite.
    await page.reload();
    await expect(rowOf(page, PIE).getByRole('button', { name: `Favorite ${PIE}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.getByRole('checkbox', { name: `Select ${PIE}` }).check();
    await page.getByRole('checkbox', { name: `Select ${BIG_NUMBER}` }).check();
    await page.getByRole('button', { name: /Delete selected/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 2 charts?' });
    await dialog.getByLabel('Type DELETE to confirm', { exact: true }).fill('DELETE');
    await shot(page, 'bulk-delete');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Deleted 2 charts')).toBeVisible();
    await expect(page.getByText('No charts yet')).toBeVisible();
    await shot(page, 'empty');
    chartIds.length = 0;
  });

  test('"+ Chart" picks a dataset and a type, then opens Explore on them', async ({
    page,
    admin,
  }) => {
    await signIn(page, admin);
    await page.goto('/chart/list/');
    await page.getByRole('button', { name: 'Chart', exact: true }).click();
    await expect(page).toHaveURL(/\/chart\/add\/$/);
    const create = page.getByRole('button', { name: 'Create new chart' });
    await expect(create).toBeDisabled();

    await pickOption(page, page.getByRole('combobox', { name: 'Dataset' }), TABLE);
    const types = page.getByRole('group', { name: 'Chart types' });
    await page.getByRole('searchbox', { name: 'Search chart types' }).fill('pie');
    await types.getByRole('button', { name: 'Pie Chart' }).click();
    await expect(create).toBeEnabled();
    await shot(page, 'add');

    await create.click();
    await expect(page).toHaveURL(
      new RegExp(`/explore/\\?datasource_type=table&datasource_id=${datasetId}&viz_type=pie$`),
    );
    await shot(page, 'add-explore');
  });
});
