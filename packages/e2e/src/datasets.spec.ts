import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';
import { withAdminPage } from './support/admin-page.js';
import { pickOption } from './support/antd.js';
import { createPostgresDatabase, runSql } from './support/api-setup.js';

/** Where this spec saves the screenshots a person looks at. */
const SHOTS = '/tmp/e2e-shots/';

const DATABASE = 'Datasets Postgres';
const TABLE = 'datasets_e2e_orders';
const SQL_LAB_DATASET = 'Big orders from SQL Lab';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}datasets-${name}.png`, animations: 'disabled' });
}

function editDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: new RegExp(`Edit dataset ${TABLE}`) });
}

async function openTab(dialog: Locator, name: RegExp): Promise<void> {
  await dialog.getByRole('tab', { name }).click();
}

test.describe('Datasets', () => {
  let databaseId = 0;

  test.beforeAll(async ({ browser, admin }) => {
    await withAdminPage(browser, admin, async (page) => {
      databaseId = await createPostgresDatabase(page, DATABASE);
      await runSql(page, databaseId, `DROP TABLE IF EXISTS ${TABLE}`);
      await runSql(
        page,
        databaseId,
        `CREATE TABLE ${TABLE} AS SELECT g AS order_id, g * 1.5 AS total,
           TIMESTAMP '2026-01-01' + g * INTERVAL '1 day' AS ordered_at
         FROM generate_series(1, 30) g`,
      );
    });
  });

  test.afterAll(async ({ browser, admin }) => {
    await withAdminPage(browser, admin, async (page) => {
      await runSql(page, databaseId, `DROP TABLE IF EXISTS ${TABLE}`);
    });
  });

  test('an admin creates a dataset from a table, edits a metric and a column, and sees the edits again', async ({
    page,
    admin,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, admin);
    await page.getByRole('menuitem', { name: 'Datasets' }).click();
    await expect(page).toHaveURL(/\/tablemodelview\/list\/$/);
    await expect(page.getByText('No datasets yet')).toBeVisible();
    await shot(page, 'empty');

    const create = page.getByRole('dialog', { name: 'New dataset' });
    // On a loaded machine a click during the list's re-render can be lost: retry until open.
    await expect(async () => {
      await page.getByRole('button', { name: 'Dataset', exact: true }).click({ timeout: 3000 });
      await expect(create).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    await pickOption(page, create.getByRole('combobox', { name: 'Database' }), DATABASE, DATABASE);
    await pickOption(page, create.getByRole('combobox', { name: 'Schema' }), 'public');
    await pickOption(page, create.getByRole('combobox', { name: 'Table' }), TABLE);
    await shot(page, 'create');
    await create.getByRole('button', { name: 'Create dataset' }).click();
    await expect(create).toBeHidden();

    // The new dataset opens in the editor, its columns read from PostgreSQL.
    const dialog = editDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Table name', { exact: true })).toHaveValue(TABLE);
    await expect(dialog.getByLabel('Table name', { exact: true })).toBeDisabled();
    await shot(page, 'edit-source');

    await openTab(dialog, /^Columns/);
    await expect(dialog.getByText('ordered_at', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: 'Temporal: ordered_at' })).toBeChecked();
    await dialog.getByLabel('Label of total', { exact: true }).fill('Order total');
    await shot(page, 'edit-columns');

    await openTab(dialog, /^Metrics/);
    await dialog.getByLabel('Label of count', { exact: true }).fill('Number of orders');
    await dialog.getByRole('button', { name: 'Add metric' }).click();
    await dialog.getByLabel('Metric key of new metric', { exact: true }).fill('revenue');
    await dialog.getByLabel('SQL expression of revenue', { exact: true }).fill('SUM(total)');
    await dialog.getByLabel('D3 format of revenue', { exact: true }).fill(',.2f');
    await shot(page, 'edit-metrics');

    await openTab(dialog, /^Calculated columns/);
    await dialog.getByRole('button', { name: 'Add calculated column' }).click();
    await dialog.getByLabel('Name of new column', { exact: true }).fill('total_with_tax');
    await dialog
      .getByLabel('SQL expression of total_with_tax', { exact: true })
      .fill('total * 1.2');

    await openTab(dialog, /^Settings/);
    await dialog.getByLabel('Description', { exact: true }).fill('Orders placed in January');
    await dialog.getByLabel('Certified by', { exact: true }).fill('Data team');
    await shot(page, 'edit-settings');

    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Confirm save' });
    await expect(confirm).toContainText('every chart');
    await shot(page, 'confirm-save');
    await confirm.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${TABLE} saved`)).toBeVisible();

    const row = page.getByRole('row').filter({ hasText: TABLE });
    await expect(row).toContainText('Physical');
    await expect(row).toContainText(DATABASE);
    await expect(row).toContainText('public');
    await expect(row.getByLabel('Certified', { exact: true })).toBeVisible();
    await expect(row.getByRole('link', { name: TABLE })).toHaveAttribute(
      'href',
      /\/explore\/\?datasource_type=table&datasource_id=\d+/,
    );
    await shot(page, 'list');

    // Reopened, the dialog reads back what was stored.
    await page.reload();
    await page.getByRole('button', { name: `Edit ${TABLE}` }).click();
    await expect(dialog).toBeVisible();
    await openTab(dialog, /^Metrics/);
    await expect(dialog.getByLabel('Label of count', { exact: true })).toHaveValue(
      'Number of orders',
    );
    await expect(dialog.getByLabel('SQL expression of revenue', { exact: true })).toHaveValue(
      'SUM(total)',
    );
    await openTab(dialog, /^Columns/);
    await expect(dialog.getByLabel('Label of total', { exact: true })).toHaveValue('Order total');
    await openTab(dialog, /^Calculated columns/);
    await expect(
      dialog.getByLabel('SQL expression of total_with_tax', { exact: true }),
    ).toHaveValue('total * 1.2');
    await openTab(dialog, /^Settings/);
    await expect(dialog.getByLabel('Description', { exact: true })).toHaveValue(
      'Orders placed in January',
    );
    await shot(page, 'reopened');

    // Syncing keeps the label and reads the columns again.
    await openTab(dialog, /^Columns/);
    await dialog.getByRole('button', { name: 'Sync columns from source' }).click();
    await expect(page.getByText('Columns synced: no change in the source')).toBeVisible();
    await expect(dialog.getByLabel('Label of total', { exact: true })).toHaveValue('Order total');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // Filters: by type and by name.
    await pickOption(page, page.getByRole('combobox', { name: 'Type' }), 'Virtual');
    await expect(page.getByText('No dataset matches these filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('e2e_ord');
    await expect(page.getByRole('row').filter({ hasText: TABLE })).toBeVisible();
  });

  test('a query in SQL Lab is saved as a virtual dataset, then deleted from the list', async ({
    page,
    admin,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, admin);
    await page.goto('/sqllab/');
    await expect(page.getByRole('tab', { name: /Untitled Query/ }).first()).toBeVisible();
    await pickOption(page, page.getByRole('combobox', { name: 'Database' }), DATABASE, DATABASE);
    await pickOption(page, page.getByRole('combobox', { name: 'Schema' }), 'public');
    const editor = page.getByRole('textbox', { name: 'SQL editor' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(`SELECT order_id, total FROM ${TABLE} WHERE total > 30`);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('10 rows returned')).toBeVisible({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Save dataset' }).click();
    const save = page.getByRole('dialog', { name: 'Save dataset' });
    await save.getByLabel('Dataset name', { exact: true }).fill(SQL_LAB_DATASET);
    await shot(page, 'sqllab-save');
    await save.getByRole('button', { name: 'Save' }).click();
    await expect(save).toBeHidden();
    const notice = page.locator('.ant-message').filter({ hasText: 'saved' });
    await expect(notice.getByRole('link', { name: SQL_LAB_DATASET })).toHaveAttribute(
      'href',
      /\/explore\/\?datasource_type=table&datasource_id=\d+/,
    );
    await shot(page, 'sqllab-saved');

    await notice.getByRole('link', { name: 'Go to Datasets' }).click();
    await expect(page).toHaveURL(/\/tablemodelview\/list\/$/);
    const row = page.getByRole('row').filter({ hasText: SQL_LAB_DATASET });
    await expect(row).toContainText('Virtual');

    await row.getByRole('button', { name: `Edit ${SQL_LAB_DATASET}` }).click();
    const dialog = page.getByRole('dialog', { name: /Edit dataset/ });
    await expect(dialog.getByRole('textbox', { name: 'Dataset SQL' })).toContainText(
      `FROM ${TABLE} WHERE total > 30`,
    );
    // The SQL is read-only until the source is unlocked.
    await expect(dialog.getByRole('textbox', { name: 'Dataset SQL', exact: true })).toHaveAttribute(
      'contenteditable',
      'false',
    );
    await dialog.getByRole('button', { name: 'Edit the source' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Dataset SQL', exact: true })).toHaveAttribute(
      'contenteditable',
      'true',
    );
    await shot(page, 'virtual-source');
    await openTab(dialog, /^Columns/);
    await expect(dialog.getByText('order_id', { exact: true })).toBeVisible();
    await shot(page, 'virtual-columns');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await row.getByRole('button', { name: `Delete ${SQL_LAB_DATASET}` }).click();
    const remove = page.getByRole('dialog', { name: `Delete ${SQL_LAB_DATASET}?` });
    await expect(remove).toContainText('No chart or dashboard uses this dataset');
    await remove.getByLabel('Type DELETE to confirm', { exact: true }).fill('DELETE');
    await shot(page, 'delete');
    await remove.getByRole('button', { name: 'Delete' }).click();
    await expect(row).toBeHidden();
  });
});
