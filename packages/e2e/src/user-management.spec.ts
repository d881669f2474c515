import type { Browser, Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, signIn, test } from './fixtures.js';

const NEW_USER = {
  username: 'e2e_analyst',
  firstName: 'Edith',
  lastName: 'Analyst',
  email: 'e2e_analyst@example.com',
  password: 'analyst-password-1',
};

/** Logs in through the form in a fresh browser context; returns the page or the error shown. */
async function tryLogin(
  browser: Browser,
  baseURL: string,
  username: string,
  password: string,
): Promise<{ page: Page; isLoggedIn: boolean }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/login/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const outcome = await Promise.race([
    page.waitForURL(/\/superset\/welcome\/$/).then(() => true),
    page
      .getByRole('alert')
      .waitFor()
      .then(() => false),
  ]);
  return { page, isLoggedIn: outcome };
}

/** The table row of a user. */
function rowOf(page: Page, username: string) {
  return page.getByRole('row').filter({ has: page.getByText(username, { exact: true }) });
}

test.describe('user management', () => {
  test('an admin adds a user, changes their roles and deactivates them; they can no longer log in', async ({
    page,
    admin,
    browser,
    baseURL,
  }) => {
    // Four sign-ins and three saves in one flow: past 30 s on CI's loaded 2-core machine.
    test.slow();
    await signIn(page, admin);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page
      .getByRole('menu', { name: 'Settings' })
      .getByRole('link', { name: 'List Users' })
      .click();
    await expect(page).toHaveURL(/\/users\/list\/$/);
    await expect(page.getByRole('heading', { name: /Users/ })).toBeVisible();
    await expect(rowOf(page, admin.username)).toContainText('You');

    await page.getByRole('button', { name: 'User', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Add user' });
    await form.getByLabel('Username').fill(NEW_USER.username);
    await form.getByLabel('First name').fill(NEW_USER.firstName);
    await form.getByLabel('Last name').fill(NEW_USER.lastName);
    await form.getByLabel('Email').fill(NEW_USER.email);
    await form.getByLabel('Password', { exact: true }).fill(NEW_USER.password);
    await form.getByLabel('Confirm password').fill(NEW_USER.password);
    // The role picker works from the keyboard: type to filter, Enter to choose, Escape to close.
    await form.getByLabel('Roles').click();
    await page.keyboard.type('Gamma');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SCREENSHOT_DIR}users-add-form.png`, animations: 'disabled' });
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form).toBeHidden();

    const row = rowOf(page, NEW_USER.username);
    await expect(row).toContainText('Gamma');
    await expect(row).toContainText('Active');
    await page.screenshot({
      path: `${SCREENSHOT_DIR}users-list.png`,
      fullPage: true,
      animations: 'disabled',
    });

    const asNewUser = await tryLogin(browser, baseURL ?? '', NEW_USER.username, NEW_USER.password);
    expect(asNewUser.isLoggedIn).toBe(true);
    const refused = await asNewUser.page.goto('/users/list/');
    expect(refused?.status()).toBe(403);
    await expect(asNewUser.page.getByText('Access denied')).toBeVisible();
    await asNewUser.page.screenshot({
      path: `${SCREENSHOT_DIR}users-access-denied.png`,
      animations: 'disabled',
    });
    await asNewUser.page.context().close();

    await row.getByRole('button', { name: `Edit ${NEW_USER.username}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit ${NEW_USER.username}` });
    await edit.getByLabel('Roles').click();
    await page.keyboard.type('Alpha');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(row).toContainText('Alpha');
    await expect(row).toContainText('Gamma');

    await row.getByRole('button', { name: `Deactivate ${NEW_USER.username}` }).click();
    const confirm = page.getByRole('dialog', { name: `Deactivate ${NEW_USER.username}?` });
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await expect(row).toContainText('Inactive');

    const afterwards = await tryLogin(browser, baseURL ?? '', NEW_USER.username, NEW_USER.password);
    expect(afterwards.isLoggedIn).toBe(false);
    await expect(afterwards.page.getByRole('alert')).toContainText('Invalid username or password');
    await afterwards.page.context().close();
  });

  test('roles: built-ins are marked, and the permission picker searches by resource', async ({
    page,
    admin,
  }) => {
    await signIn(page, admin);
    await page.goto('/roles/list/');
    const gamma = page.getByRole('row').filter({ has: page.getByText('Gamma', { exact: true }) });
    await expect(gamma).toContainText('Built-in');
    await page.screenshot({ path: `${SCREENSHOT_DIR}roles-list.png`, animations: 'disabled' });

    await gamma.getByRole('button', { name: 'Edit Gamma' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Gamma' });
    await expect(dialog.getByText('superset init')).toBeVisible();
    await dialog.getByLabel('Search permissions').fill('dashboard');
    await expect(dialog.getByLabel('can_read on Dashboard', { exact: true })).toBeChecked();
    await page.screenshot({ path: `${SCREENSHOT_DIR}roles-edit.png`, animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('the user info page shows the logged-in user', async ({ page, admin }) => {
    await signIn(page, admin);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('menu', { name: 'Settings' }).getByRole('link', { name: 'Info' }).click();
    await expect(page).toHaveURL(/\/user_info\/$/);
    await expect(page.getByRole('heading', { name: 'Ada Admin' })).toBeVisible();
    await expect(page.getByText(/^Admin · \d+ permissions$/)).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}user-info.png`, animations: 'disabled' });
  });
});
