import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.js';

/**
 * Picks an option of an antd select. Its shown value covers the input, hence `force`; a
 * select whose choices are still loading may re-render and close its list, hence the retry.
 * In a searchable select whose long list renders only the options in view, `search` is typed
 * first.
 */
export async function pickOption(
  page: Page,
  select: Locator,
  option: string,
  search?: string,
): Promise<void> {
  await expect(async () => {
    await select.click({ force: true, timeout: 3000 });
    if (search) await select.fill(search, { force: true });
    // antd's role=option elements are an off-screen list for screen readers; click the shown item.
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .getByTitle(option, { exact: true })
      .click({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
}
