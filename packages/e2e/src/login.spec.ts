import { SCREENSHOT_DIR, expect, test } from './fixtures.js';

test.describe('login', () => {
  test('an anonymous visit to the welcome page lands on the login page with next', async ({
    page,
  }) => {
    await page.goto('/superset/welcome/');

    await expect(page).toHaveURL(/\/login\/\?next=%2Fsuperset%2Fwelcome%2F$/);
    await expect(page.getByRole('heading', { name: 'Sign in to Superset' })).toBeVisible();
    await expect(page.getByLabel('Username')).toBeFocused();
    await expect(page).toHaveTitle('Sign in | Superset');
    await page.screenshot({ path: `${SCREENSHOT_DIR}login-page.png`, animations: 'disabled' });
  });

  test('a wrong password shows the server message and stays on the login page', async ({
    page,
    admin,
  }) => {
    await page.goto('/login/');
    await page.getByLabel('Username').fill(admin.username);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('alert')).toContainText('Invalid username or password');
    await expect(page).toHaveURL(/\/login\/$/);
    await expect(page.getByLabel('Password')).toHaveValue('');
    await page.screenshot({ path: `${SCREENSHOT_DIR}login-error.png`, animations: 'disabled' });
  });

  test('a good login lands on the welcome page', async ({ page, admin }) => {
    await page.goto('/login/');
    await page.getByLabel('Username').fill(admin.username);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(/\/superset\/welcome\/$/);
    await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'View all dashboards' })).toBeVisible();
    await expect(page).toHaveTitle('Home | Superset');
    await page.screenshot({
      path: `${SCREENSHOT_DIR}welcome-page.png`,
      fullPage: true,
      animations: 'disabled',
    });
  });

  test('login with the keyboard only, returning to the page asked for', async ({ page, admin }) => {
    await page.goto('/superset/welcome/');
    await expect(page.getByLabel('Username')).toBeFocused();

    await page.keyboard.type(admin.username);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type(admin.password);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/superset\/welcome\/$/);
    await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
  });

  test('a logged-in user asking for the login page is sent home', async ({ page, admin }) => {
    await page.goto('/login/');
    await page.getByLabel('Username').fill(admin.username);
    await page.getByLabel('Password').fill(admin.password);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/superset\/welcome\/$/);

    await page.goto('/login/');

    await expect(page).toHaveURL(/\/superset\/welcome\/$/);
  });
});
