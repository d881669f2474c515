import type { Locator, Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, signIn, test } from './fixtures.js';
import { withAdminPage } from './support/admin-page.js';
import { pickOption } from './support/antd.js';
import { createDataset, createPostgresDatabase, runSql, saveChart } from './support/api-setup.js';

/** Unique per worker: a worker restarted after a failure sets up its own connection again. */
const DATABASE = `Explore Postgres ${process.pid}`;
const TABLE = 'explore_e2e_sales';
const CHART = 'Sales by region';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}explore-${name}.png`, animations: 'disabled' });
}

/** The open editor popover of a control (metric, column or filter). */
function editor(page: Page, name: 'Edit metric' | 'Edit column' | 'Edit filter'): Locator {
  return page.locator('.ant-popover:not(.ant-popover-hidden)').getByLabel(name, { exact: true });
}

/** The bars of the drawn chart: ECharts draws them on a canvas in the chart's box. */
function barChart(page: Page): Locator {
  return page.locator('[data-viz-type="echarts_timeseries_bar"] canvas').first();
}

/** Clicks an item of the header's "..." menu, through its submenus. */
async function menuAction(page: Page, path: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: 'More actions' }).click();
  for (const name of path) {
    // antd names a submenu's arrow icon "right", which ends up in the item's name.
    const label = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( right)?$`);
    await page.getByRole('menuitem', { name: label }).click();
  }
}

test.describe('Explore', () => {
  let databaseId = 0;
  let datasetId = 0;

  test.beforeAll(async ({ browser, admin }) => {
    await withAdminPage(browser, admin, async (page) => {
      databaseId = await createPostgresDatabase(page, DATABASE);
      await runSql(page, databaseId, `DROP TABLE IF EXISTS ${TABLE}`);
      await runSql(
        page,
        databaseId,
        `CREATE TABLE ${TABLE} AS SELECT * FROM (VALUES
           ('EU', 'Tea', 10.5), ('EU', 'Coffee', 4.0), ('EU', 'Tea', 7.25),
           ('US', 'Coffee', 12.0), ('US', 'Tea', 3.5),
           ('APAC', 'Tea', 1.0), ('APAC', 'Tea', 2.0), ('APAC', 'Coffee', 3.0), ('APAC', 'Tea', 4.0)
         ) AS sales(region, product, amount)`,
      );
      datasetId = await createDataset(page, databaseId, TABLE);
    });
  });

  test.afterAll(async ({ browser, admin }) => {
    await withAdminPage(browser, admin, async (page) => {
      await runSql(page, databaseId, `DROP TABLE IF EXISTS ${TABLE}`);
    });
  });

  test('a bar chart built from a dataset is saved and reopened from its URL', async ({
    page,
    admin,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, admin);
    await page.goto('/tablemodelview/list/');
    await page.getByRole('link', { name: TABLE, exact: true }).click();
    await expect(page).toHaveURL(/\/explore\/\?datasource_type=table&datasource_id=\d+$/);
    const title = page.getByRole('heading', { name: 'Chart title' });
    await expect(title).toHaveText(`${TABLE} - untitled`);
    await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('region');
    await shot(page, 'opened');

    // Bar Chart, from the gallery.
    await page.getByRole('button', { name: 'View all charts' }).click();
    const gallery = page.getByRole('dialog', { name: 'Select a visualization type' });
    await gallery.getByRole('searchbox', { name: 'Search all charts' }).fill('Bar');
    await gallery.getByRole('option', { name: 'Bar Chart', exact: true }).click();
    await shot(page, 'gallery');
    await gallery.getByRole('button', { name: 'Select' }).click();
    await expect(gallery).toBeHidden();

    const controls = page.getByRole('region', { name: 'Chart controls' });
    // The x-axis: the region column.
    await controls.getByRole('button', { name: 'Add X-axis' }).click();
    const column = editor(page, 'Edit column');
    await pickOption(page, column.getByRole('combobox', { name: 'Column' }), 'region');
    await column.getByRole('button', { name: 'Save' }).click();

    // The metric: the dataset's COUNT(*).
    await controls.getByRole('button', { name: 'Add Metrics' }).click();
    const metric = editor(page, 'Edit metric');
    await metric.getByRole('tab', { name: 'Saved' }).click();
    await pickOption(page, metric.getByRole('combobox', { name: 'Saved metric' }), 'COUNT(*)');
    await metric.getByRole('button', { name: 'Save' }).click();

    // A filter: region IN (EU, US).
    await controls.getByRole('button', { name: 'Add Filters' }).click();
    const filter = editor(page, 'Edit filter');
    await pickOption(page, filter.getByRole('combobox', { name: 'Filter column' }), 'region');
    const values = filter.getByRole('combobox', { name: 'Filter values' });
    await values.fill('EU');
    await values.press('Enter');
    await values.fill('US');
    await values.press('Enter');
    // Clicking beside the values closes their list, which covers the editor's buttons.
    await filter.getByText('Operator', { exact: true }).click();
    await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(
      0,
    );
    await shot(page, 'filter');
    await filter.getByRole('button', { name: 'Save' }).click();
    await shot(page, 'controls');

    await page.getByRole('button', { name: 'Create chart' }).click();
    await expect(page.getByRole('status', { name: 'Last run' })).toContainText('2 rows', {
      timeout: 30_000,
    });
    await expect(barChart(page)).toBeVisible();
    await expect(page).toHaveURL(/\/explore\/\?form_data_key=[\w-]+$/);
    await shot(page, 'bar-chart');

    // The rows behind the bars.
    await page.getByRole('tab', { name: 'Results' }).click();
    const data = page.getByRole('region', { name: 'Data' });
    await expect(data.getByRole('status')).toHaveText('2 rows');
    await expect(data.getByRole('grid')).toContainText('EU');
    await expect(data.getByRole('grid')).not.toContainText('APAC');
    await shot(page, 'results');

    // View query shows the SQL the chart runs.
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'View query' }).click();
    const query = page.getByRole('dialog', { name: 'View query' });
    await expect(query).toContainText('SELECT');
    await expect(query).toContainText(TABLE);
    await expect(query).toContainText("'EU'");
    await shot(page, 'view-query');
    await query.getByRole('button', { name: 'Close' }).click();

    // Saved as a new chart, the URL names it.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const save = page.getByRole('dialog', { name: 'Save chart' });
    await expect(save.getByRole('radio', { name: 'Save (Overwrite)' })).toBeDisabled();
    await save.getByLabel('Chart name', { exact: true }).fill(CHART);
    await shot(page, 'save');
    await save.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(save).toBeHidden();
    await expect(page.getByText(`Chart [${CHART}] has been saved`)).toBeVisible();
    await expect(title).toHaveText(CHART);
    await expect(page).toHaveURL(/\/explore\/\?slice_id=\d+$/);
    const chartUrl = page.url();

    // Reloaded, the page shows the same chart.
    await page.reload();
    await expect(title).toHaveText(CHART);
    await expect(page.getByRole('status', { name: 'Last run' })).toContainText('2 rows', {
      timeout: 30_000,
    });
    await expect(barChart(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add to favorites' })).toBeVisible();
    await shot(page, 'reloaded');

    // Opened afresh from its URL, too.
    await page.goto('/superset/welcome/');
    await page.goto(chartUrl);
    await expect(title).toHaveText(CHART);
    await expect(barChart(page)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('group', { name: 'Filters' })).toContainText('region');
    await shot(page, 'reopened');
  });

  test('a saved chart is starred, renamed, described, downloaded and shared', async ({
    page,
    admin,
  }) => {
    test.setTimeout(180_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, admin);
    const id = await saveChart(page, {
      name: 'Sales per product',
      vizType: 'pie',
      datasetId,
      formData: { groupby: ['product'], metric: 'count', adhoc_filters: [], row_limit: 100 },
    });
    await page.goto(`/explore/?slice_id=${id}`);
    const title = page.getByRole('heading', { name: 'Chart title' });
    await expect(title).toHaveText('Sales per product');
    await expect(page.locator('[data-viz-type="pie"] canvas').first()).toBeVisible({
      timeout: 30_000,
    });

    // The favourite star is kept by the server.
    await page.getByRole('button', { name: 'Add to favorites' }).click();
    await expect(page.getByRole('button', { name: 'Remove from favorites' })).toBeVisible();

    // Renamed in place.
    await page.getByRole('button', { name: 'Edit the chart title' }).click();
    const titleInput = page.getByRole('textbox', { name: 'Chart title' });
    await titleInput.fill('Sales by product');
    await titleInput.press('Enter');
    await expect(title).toHaveText('Sales by product');

    // Properties.
    await menuAction(page, ['Edit chart properties']);
    const properties = page.getByRole('dialog', { name: 'Edit chart properties' });
    await properties.getByLabel('Description', { exact: true }).fill('Orders per product');
    await properties.getByLabel('Certified by', { exact: true }).fill('Data team');
    await properties.getByLabel('Cache timeout', { exact: true }).fill('60');
    await shot(page, 'properties');
    await properties.getByRole('button', { name: 'Save' }).click();
    await expect(properties).toBeHidden();
    await expect(page.getByRole('img', { name: 'Certified' })).toBeVisible();

    await page.reload();
    await expect(title).toHaveText('Sales by product');
    await expect(page.getByRole('button', { name: 'Remove from favorites' })).toBeVisible();
    await menuAction(page, ['Edit chart properties']);
    await expect(properties.getByLabel('Description', { exact: true })).toHaveValue(
      'Orders per product',
    );
    await expect(properties.getByLabel('Cache timeout', { exact: true })).toHaveValue('60');
    await properties.getByRole('button', { name: 'Cancel' }).click();

    // Downloads: the data as CSV and Excel, the picture as PNG.
    await expect(page.getByRole('status', { name: 'Last run' })).toContainText('2 rows', {
      timeout: 30_000,
    });
    const csv = page.waitForEvent('download');
    await menuAction(page, ['Download', 'Export to .CSV']);
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
    const csvText = await (await csvFile.createReadStream()).toArray();
    expect(Buffer.concat(csvText).toString('utf8')).toContain('Tea');
    const xlsx = page.waitForEvent('download');
    await menuAction(page, ['Download', 'Export to Excel']);
    expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
    const png = page.waitForEvent('download');
    await menuAction(page, ['Download', 'Download as image']);
    expect((await png).suggestedFilename()).toBe('Sales by product.png');

    // Samples: rows of the dataset itself, unfiltered.
    await page.getByRole('tab', { name: 'Samples' }).click();
    const data = page.getByRole('region', { name: 'Data' });
    await expect(data.getByRole('status')).toHaveText('9 rows');
    await expect(data.getByRole('grid')).toContainText('APAC');
    await shot(page, 'samples');

    // A permalink opens the same chart.
    await menuAction(page, ['Share', 'Copy permalink to clipboard']);
    await expect(page.getByText('Permalink copied to the clipboard')).toBeVisible();
    const permalink = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(permalink).toMatch(/\/superset\/explore\/p\/[\w-]+\/$/);
    await page.goto(permalink);
    await expect(title).toHaveText('Sales by product');
    await expect(page.locator('[data-viz-type="pie"] canvas').first()).toBeVisible({
      timeout: 30_000,
    });
    await shot(page, 'permalink');
  });

  test('SQL Lab results become a chart on a new virtual dataset', async ({ page, admin }) => {
    test.setTimeout(120_000);
    await signIn(page, admin);
    await page.goto('/sqllab/');
    await pickOption(page, page.getByRole('combobox', { name: 'Database' }), DATABASE, DATABASE);
    await pickOption(page, page.getByRole('combobox', { name: 'Schema' }), 'public');
    const sqlEditor = page.getByRole('textbox', { name: 'SQL editor' });
    await sqlEditor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(`SELECT region, amount FROM ${TABLE} WHERE amount > 3`);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('6 rows returned')).toBeVisible({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Create chart' }).click();
    const create = page.getByRole('dialog', { name: 'Create chart' });
    await create.getByLabel('Dataset name', { exact: true }).fill('Big sales');
    await create.getByRole('button', { name: 'Save & explore' }).click();
    await expect(page).toHaveURL(/\/explore\/\?datasource_type=table&datasource_id=\d+$/);
    await expect(page.getByRole('heading', { name: 'Chart title' })).toHaveText(
      'Big sales - untitled',
    );
    await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('amount');
    await shot(page, 'from-sqllab');
  });
});
