import { SCREENSHOT_DIR, expect, signIn, test } from './fixtures.js';

test.describe('action log', () => {
  test('an admin opens Settings > Security > Action Log and sees their own login', async ({
    page,
    admin,
  }) => {
    await signIn(page, admin);

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('menu', { name: 'Settings' });
    await expect(settings.getByText('Security', { exact: true })).toBeVisible();
    await settings.getByRole('link', { name: 'Action Log' }).click();

    await expect(page).toHaveURL(/\/actionlog\/list\/$/);
    await expect(page.getByRole('heading', { name: 'Action Log' })).toBeVisible();
    await expect(page).toHaveTitle('Action Log | Superset');
    const login = page.getByRole('row').filter({ hasText: 'UserLoggedIn' }).first();
    await expect(login).toContainText('Ada Admin');
    await page.screenshot({ path: `${SCREENSHOT_DIR}action-log.png`, animations: 'disabled' });

    await page.getByLabel('Filter by action').fill('UserLogged');
    await page.getByLabel('Filter by action').press('Enter');
    const rows = page.locator('tr.ant-table-row');
    await expect(rows.filter({ hasNotText: 'UserLogged' })).toHaveCount(0);
    await expect(rows.first()).toContainText('UserLogged');
    const firstLogin = page.getByRole('row').filter({ hasText: 'UserLoggedIn' }).first();
    await firstLogin.getByRole('button', { name: 'Expand row' }).press('Enter');
    const details = page.getByLabel(/^Details of log entry \d+$/).first();
    await expect(details).toContainText(`"username": "${admin.username}"`);
    await expect(details).not.toContainText(admin.password);
    await page.screenshot({
      path: `${SCREENSHOT_DIR}action-log-expanded.png`,
      animations: 'disabled',
    });
  });
});
