import { stat } from 'node:fs/promises';
import type { Page, Request } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { withAdminPage } from './support/admin-page.js';
import { pickOption } from './support/antd.js';
import {
  createDataset,
  createPostgresDatabase,
  csrfToken,
  deleteResource,
  runSql,
  saveChart,
} from './support/api-setup.js';

/** Where this spec saves the screenshots a person looks at. */
const SHOTS = '/tmp/e2e-shots/';

const DATABASE = 'Dashboards Postgres';
const TABLE = 'dashboards_e2e_sales';
const TITLE = 'Sales overview e2e';
const REGION_FILTER = 'Region';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}dashboards-${name}.png`, animations: 'disabled' });
}

/** A layout with the two charts side by side in one row, as Superset saves it. */
function twoChartLayout(tableChartId: number, pieChartId: number): string {
  const chart = (id: string, chartId: number, name: string) => ({
    id,
    type: 'CHART',
    children: [],
    parents: ['ROOT_ID', 'GRID_ID', 'ROW-1'],
    meta: { chartId, sliceName: name, width: 6, height: 50 },
  });
  return JSON.stringify({
    DASHBOARD_VERSION_KEY: 'v2',
    ROOT_ID: { id: 'ROOT_ID', type: 'ROOT', children: ['GRID_ID'], meta: {} },
    GRID_ID: { id: 'GRID_ID', type: 'GRID', children: ['ROW-1'], parents: ['ROOT_ID'], meta: {} },
    HEADER_ID: { id: 'HEADER_ID', type: 'HEADER', children: [], meta: { text: TITLE } },
    'ROW-1': {
      id: 'ROW-1',
      type: 'ROW',
      children: ['CHART-table', 'CHART-pie'],
      parents: ['ROOT_ID', 'GRID_ID'],
      meta: { background: 'BACKGROUND_TRANSPARENT' },
    },
    'CHART-table': chart('CHART-table', tableChartId, 'Sales by region'),
    'CHART-pie': chart('CHART-pie', pieChartId, 'Sales share'),
  });
}

/** A native value filter on the region column of the sales dataset. */
function regionFilterMetadata(datasetId: number): string {
  return JSON.stringify({
    native_filter_configuration: [
      {
        id: 'NATIVE_FILTER-region',
        type: 'NATIVE_FILTER',
        name: REGION_FILTER,
        filterType: 'filter_select',
        targets: [{ datasetId, column: { name: 'region' } }],
        controlValues: { multiSelect: true, enableEmptyFilter: false },
        defaultDataMask: {},
        cascadeParentIds: [],
        scope: { rootPath: ['ROOT_ID'], excluded: [] },
      },
    ],
    cross_filters_enabled: true,
  });
}

test.describe('Dashboards', () => {
  // The second test edits the dashboard the first one reads.
  test.describe.configure({ mode: 'serial' });
  let databaseId = 0;
  let dashboardId = 0;
  let datasetId = 0;
  const chartIds: number[] = [];

  test.beforeAll(async ({ browser, admin }) => {
    await withAdminPage(browser, admin, async (page) => {
      databaseId = await createPostgresDatabase(page, DATABASE);
      await runSql(page, databaseId, `DROP TABLE IF EXISTS ${TABLE}`);
      await runSql(
        page,
        databaseId,
        `CREATE TABLE ${TABLE} AS SELECT
           (ARRAY['EU', 'US', 'APAC'])[1 + g % 3] AS region,
           g * 10 AS amount
         FROM generate_series(1, 30) g`,
      );
      datasetId = await createDataset(page, databaseId, TABLE);
      const metric = {
        expressionType: 'SIMPLE',
        column: { column_name: 'amount' },
        aggregate: 'SUM',
        label: 'SUM(amount)',
      };
      chartIds.push(
        await saveChart(page, {
          name: 'Sales by region',
          vizType: 'table',
          datasetId,
          formData: { query_mode: 'aggregate', groupby: ['region'], metrics: [metric] },
        }),
        await saveChart(page, {
          name: 'Sales share',
          vizType: 'pie',
          datasetId,
          formData: { groupby: ['region'], metric },
        }),
      );
      // A third chart, not on the dashboard: the owner adds it in the editor.
      chartIds.push(
        await saveChart(page, {
          name: 'Total sales',
          vizType: 'big_number_total',
          datasetId,
          formData: { metric },
        }),
      );
      const answer = await page.request.post('/api/v1/dashboard/', {
        headers: { 'X-CSRFToken': await csrfToken(page) },
        data: {
          dashboard_title: TITLE,
          published: true,
          position_json: twoChartLayout(chartIds[0] ?? 0, chartIds[1] ?? 0),
          json_metadata: regionFilterMetadata(datasetId),
        },
      });
      expect(answer.status(), await answer.text()).toBe(201);
      dashboardId = ((await answer.json()) as { id: number }).id;
    });
  });

  test.afterAll(async ({ browser, admin }) => {
    // The other specs share this server and expect no database or dataset of ours.
    await withAdminPage(browser, admin, async (page) => {
      await deleteResource(page, `/api/v1/dashboard/${dashboardId}`);
      for (const id of chartIds) await deleteResource(page, `/api/v1/chart/${id}`);
      if (datasetId) await deleteResource(page, `/api/v1/dataset/${datasetId}`);
      if (databaseId) {
        await runSql(page, databaseId, `DROP TABLE IF EXISTS ${TABLE}`);
        await deleteResource(page, `/api/v1/database/${databaseId}`);
      }
    });
  });

  test('a dashboard opens from the list, loads every chart in one request, and a filter narrows them', async ({
    page,
    admin,
  }) => {
    test.setTimeout(120_000);
    const dataRequests: Request[] = [];
    page.on('request', (request) => {
      if (/\/api\/v1\/(chart\/data|dashboard\/[^/]+\/chart_data)/.test(request.url())) {
        dataRequests.push(request);
      }
    });
    await signIn(page, admin);
    await page.getByRole('menuitem', { name: 'Dashboards' }).click();
    await expect(page).toHaveURL(/\/dashboard\/list\/$/);
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/superset/dashboard/${dashboardId}/`));
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

    // Both tiles draw from the one streamed request.
    const table = page.locator('[data-viz-type="table"]');
    await expect(table.getByRole('row').filter({ hasText: 'APAC' })).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: 'US' })).toBeVisible();
    await expect(
      page.locator('[data-viz-type="pie"] canvas, [data-viz-type="pie"] svg').first(),
    ).toBeVisible();
    expect(dataRequests.map((request) => new URL(request.url()).pathname)).toEqual([
      `/api/v1/dashboard/${dashboardId}/chart_data`,
    ]);
    await shot(page, 'view');

    // A click on a region in the table cross-filters the pie, in one more request for it alone.
    await table.getByRole('button', { name: 'APAC', exact: true }).click();
    const crossFilters = page.getByRole('region', { name: 'Cross-filters' });
    await expect(crossFilters).toContainText('Sales by region');
    await expect(crossFilters).toContainText('APAC');
    await expect.poll(() => dataRequests.length).toBe(2);
    const refetch = dataRequests[1]?.postDataJSON() as { charts: { chart_id: number }[] };
    expect(refetch.charts.map((chart) => chart.chart_id)).toEqual([chartIds[1]]);
    expect(JSON.stringify(refetch)).toContain('APAC');
    await shot(page, 'cross-filtered');
    await page.getByRole('button', { name: 'Clear the cross-filter of Sales by region' }).click();
    await expect(crossFilters).toBeHidden();

    // The region filter narrows the table to one region.
    const filter = page.getByRole('combobox', { name: REGION_FILTER });
    await pickOption(page, filter, 'EU', 'EU');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(table.getByRole('row').filter({ hasText: 'APAC' })).toHaveCount(0);
    await expect(table.getByRole('row').filter({ hasText: 'EU' })).toBeVisible();
    await shot(page, 'filtered');
  });

  test('an owner adds a chart and a markdown block, saves, and the reloaded dashboard keeps the layout', async ({
    page,
    admin,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, admin);
    await page.goto(`/superset/dashboard/${dashboardId}/`);
    await page.getByRole('button', { name: 'Edit dashboard' }).click();
    // A chart added from the side panel draws before the dashboard is saved.
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByRole('button', { name: 'Add Total sales to the dashboard' }).click();
    const bigNumber = page.locator('[data-viz-type="big_number_total"]');
    await expect(bigNumber).toContainText('4.65k');
    await page.getByRole('tab', { name: 'Layout elements' }).click();
    await page.getByRole('button', { name: 'Add markdown to the dashboard' }).click();
    const markdown = page.getByRole('button', { name: 'Edit markdown' }).last();
    await markdown.click();
    await page
      .getByLabel('Markdown text')
      .fill('## Notes from e2e\n\nFigures are **net** of refunds.');
    await page.getByLabel('Markdown text').press('Escape');
    await shot(page, 'edit');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Edit dashboard' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Notes from e2e' })).toBeVisible();
    await expect(page.locator('[data-viz-type="big_number_total"]')).toContainText('4.65k');
    await expect(page.getByText('net', { exact: true })).toBeVisible();
    const table = page.locator('[data-viz-type="table"]');
    await expect(table.getByRole('row').filter({ hasText: 'APAC' })).toBeVisible();
    await shot(page, 'saved');

    // The dashboard downloads as an image and as a PDF.
    for (const [item, extension] of [
      ['Download as image', '.jpg'],
      ['Export to PDF', '.pdf'],
    ] as const) {
      const downloading = page.waitForEvent('download');
      // The submenu opens on hover and animates (or closes again when the pointer crosses its
      // gap): the item gets the click event itself once the submenu has rendered it.
      await page.getByRole('button', { name: 'Dashboard actions' }).click();
      await page.locator('.ant-dropdown-menu-submenu-title', { hasText: 'Download' }).hover();
      await page.getByRole('menuitem', { name: item }).dispatchEvent('click');
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\${extension}$`));
      const { size } = await stat(await download.path());
      expect(size).toBeGreaterThan(10_000);
      await download.saveAs(`${SHOTS}dashboards-download${extension}`);
      await page.keyboard.press('Escape');
    }
  });
});
