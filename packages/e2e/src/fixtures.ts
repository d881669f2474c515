import { test as base, expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { requireE2eEnv } from './e2e-env.js';

/** The admin global-setup created. */
export interface AdminCredentials {
  username: string;
  password: string;
}

/** Where the specs save the screenshots a person reviews (packages/e2e/test-results/screenshots). */
export const SCREENSHOT_DIR = fileURLToPath(
  new URL('../test-results/screenshots/', import.meta.url),
);

/**
 * Playwright's test with the started server as baseURL (known only after global-setup, so
 * not in the config) and the admin's credentials.
 */
export const test = base.extend<{ admin: AdminCredentials }>({
  // Playwright reads a fixture's dependencies from its first parameter, which must be an
  // object pattern even when there are none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    await use(requireE2eEnv('baseUrl'));
  },
  // eslint-disable-next-line no-empty-pattern
  admin: async ({}, use) => {
    await use({
      username: requireE2eEnv('adminUsername'),
      password: requireE2eEnv('adminPassword'),
    });
  },
});

export { expect };

/** Signs in through the login form with the mouse and waits for the page that follows. */
export async function signIn(page: Page, credentials: AdminCredentials): Promise<void> {
  await page.goto('/login/');
  await page.getByLabel('Username').fill(credentials.username);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/superset\/welcome\/$/);
}
