import { SCREENSHOT_DIR, expect, signIn, test } from './fixtures.js';

test.describe('navigation', () => {
  test('the Settings dropdown shows the version, and Logout returns to the login page', async ({
    page,
    admin,
  }) => {
    await signIn(page, admin);

    await expect(page.getByRole('link', { name: 'Superset home' })).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('menu', { name: 'Settings' });
    await expect(settings).toBeVisible();
    await expect(settings.getByText(/^Version \S+/)).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}settings-menu.png`, animations: 'disabled' });

    await settings.getByRole('link', { name: 'Logout' }).click();

    await expect(page).toHaveURL(/\/login\/$/);
    await page.goto('/superset/welcome/');
    await expect(page).toHaveURL(/\/login\/\?next=/);
  });

  test('the Settings dropdown works from the keyboard', async ({ page, admin }) => {
    await signIn(page, admin);

    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');

    const settings = page.getByRole('menu', { name: 'Settings' });
    await expect(settings).toBeVisible();
    await expect(settings.locator(':focus')).toHaveCount(1);
    await settings.getByRole('menuitem', { name: 'Logout' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/login\/$/);
  });

  test('an unknown URL shows Not Found with a link home', async ({ page, admin }) => {
    await signIn(page, admin);

    const response = await page.goto('/no/such/page/');

    expect(response?.status()).toBe(404);
    await expect(page.getByText('Page not found')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}not-found.png`, animations: 'disabled' });
    await page.getByRole('link', { name: 'Back to home' }).click();
    await expect(page).toHaveURL(/\/superset\/welcome\/$/);
  });

  test('an anonymous visitor also gets Not Found for an unknown URL', async ({ page }) => {
    const response = await page.goto('/no/such/page/');

    expect(response?.status()).toBe(404);
    await expect(page.getByText('Page not found')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to home' })).toHaveAttribute(
      'href',
      '/superset/welcome/',
    );
  });
});
