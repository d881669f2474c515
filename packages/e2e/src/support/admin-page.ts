import type { Browser, Page } from '@playwright/test';
import { signIn, type AdminCredentials } from '../fixtures.js';

/**
 * Runs a spec's set-up or clean-up in a page of its own, signed in as the admin, and closes
 * the page afterwards (also when the work fails). `beforeAll` and `afterAll` get no page.
 */
export async function withAdminPage<T>(
  browser: Browser,
  admin: AdminCredentials,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const page = await browser.newPage();
  try {
    await signIn(page, admin);
    return await work(page);
  } finally {
    await page.close();
  }
}
