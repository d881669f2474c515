import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures.js';

/** Where this spec saves the screenshots a person looks at. */
const SHOTS = '/tmp/e2e-shots/';

/** The PostgreSQL the browser tests connect to (the CI service; trust authentication). */
const LIVE_POSTGRES = { host: '127.0.0.1', port: '5432', database: 'test', username: 'postgres' };

const NAME = 'E2E Postgres';
const RENAMED = 'E2E Postgres (edited)';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}${name}.png`, animations: 'disabled' });
}

/** The table row of a database. */
function rowOf(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
}

/** Opens "Connect a database" from the list, at its engine picker. */
async function openConnectDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Database', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect a database' });
  await expect(dialog.getByRole('group', { name: 'Preferred databases' })).toBeVisible();
  return dialog;
}

/** Fills PostgreSQL's generated parameters form, checking its default port first. */
async function fillPostgresParameters(dialog: Locator, port: string): Promise<void> {
  await expect(dialog.getByText('Enter the required PostgreSQL credentials')).toBeVisible();
  await expect(dialog.getByLabel('Port', { exact: true })).toHaveValue('5432');
  await dialog.getByLabel('Host', { exact: true }).fill(LIVE_POSTGRES.host);
  await dialog.getByLabel('Port', { exact: true }).fill(port);
  await dialog.getByLabel('Database name', { exact: true }).fill(LIVE_POSTGRES.database);
  await dialog.getByLabel('Username', { exact: true }).fill(LIVE_POSTGRES.username);
}

test.describe('database connections', () => {
  test('an admin connects PostgreSQL through the parameters form, edits it and deletes it', async ({
    page,
    admin,
  }) => {
    await signIn(page, admin);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page
      .getByRole('menu', { name: 'Settings' })
      .getByRole('link', { name: 'Database Connections' })
      .click();
    await expect(page).toHaveURL(/\/databaseview\/list\/$/);
    await expect(page.getByRole('heading', { name: /Databases/ })).toBeVisible();
    await expect(page.getByText('No databases yet')).toBeVisible();
    await shot(page, 'databases-empty-list');

    const dialog = await openConnectDialog(page);
    await shot(page, 'databases-engine-picker');
    await dialog.getByRole('button', { name: 'PostgreSQL' }).click();
    await fillPostgresParameters(dialog, LIVE_POSTGRES.port);
    await dialog.getByLabel('Display name').fill(NAME);
    await shot(page, 'databases-parameters-form');

    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByText('Connection looks good!')).toBeVisible();

    await dialog.getByRole('tab', { name: 'Advanced' }).click();
    await dialog.getByRole('button', { name: /^Other/ }).click();
    const engineParams = dialog.getByLabel('Engine parameters');
    await engineParams.fill('{"connect_args": {"connect_timeout": 5');
    await expect(dialog.getByText(/^Not valid JSON: /)).toBeVisible();
    const connect = dialog.getByRole('button', { name: 'Connect' });
    await expect(connect).toBeDisabled();
    await expect(dialog.getByRole('status')).toContainText(
      'Engine parameters in Advanced → Other cannot be read',
    );
    await connect.scrollIntoViewIfNeeded();
    await shot(page, 'databases-advanced-json-error');

    await engineParams.fill('{"connect_args": {"connect_timeout": 5}}');
    await expect(dialog.getByText(/^Not valid JSON: /)).toBeHidden();
    await connect.click();
    await expect(dialog).toBeHidden();

    const row = rowOf(page, NAME);
    await expect(row).toContainText('postgresql');
    await expect(row).toContainText('Ada Admin');
    await shot(page, 'databases-list');

    await row.getByRole('button', { name: `Edit ${NAME}` }).click();
    const edit = page.getByRole('dialog', { name: 'Edit database' });
    await expect(edit.getByLabel('Host', { exact: true })).toHaveValue(LIVE_POSTGRES.host);
    await edit.getByLabel('Display name').fill(RENAMED);
    await edit.getByRole('tab', { name: 'Advanced' }).click();
    await edit.getByRole('button', { name: /^Other/ }).click();
    await expect(edit.getByLabel('Engine parameters')).toHaveValue(/"connect_timeout": 5/);
    await edit.getByRole('button', { name: /^SQL Lab/ }).click();
    await edit.getByRole('switch', { name: 'Allow DML' }).click();
    await edit.getByRole('switch', { name: 'Allow DML' }).scrollIntoViewIfNeeded();
    await shot(page, 'databases-edit-advanced');
    await edit.getByRole('button', { name: 'Finish' }).click();
    await expect(edit).toBeHidden();

    const renamed = rowOf(page, RENAMED);
    await expect(renamed).toBeVisible();
    await expect(renamed.getByRole('cell').nth(3).getByLabel('Yes')).toBeVisible();

    await renamed.getByRole('button', { name: `Delete ${RENAMED}` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${RENAMED}?` });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(renamed).toBeHidden();
    await expect(page.getByText('No databases yet')).toBeVisible();
  });

  test('testing a connection to a closed port says that the port refused it', async ({
    page,
    admin,
  }) => {
    await signIn(page, admin);
    await page.goto('/databaseview/list/');
    const dialog = await openConnectDialog(page);
    await dialog.getByRole('button', { name: 'PostgreSQL' }).click();
    await fillPostgresParameters(dialog, '1');

    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'Port 1 on hostname "127.0.0.1" refused the connection.',
    );
    await shot(page, 'databases-test-port-closed');
    await dialog.getByRole('button', { name: 'Back' }).click();
    await expect(dialog.getByRole('group', { name: 'Preferred databases' })).toBeVisible();
  });
});
