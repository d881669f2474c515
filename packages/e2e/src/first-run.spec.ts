import type { Browser, Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, signIn, test } from './fixtures.js';
import { dashboardContent, expectEveryTileDrawn } from './examples/dashboard-tiles.js';
import {
  createExampleHome,
  startExampleServer,
  type ExampleHome,
  type ExampleServer,
} from './examples/example-server.js';
import { EXAMPLE_SLUGS, SALES_SLUG } from './examples/example-slugs.js';
import { pickOption } from './support/antd.js';
import { DRAW_TIMEOUT_MS } from './support/chart-drawn.js';

/**
 * Issue 9's first-run experience, as `npm start` gives it on a fresh clone: `superset
 * quickstart` over an empty SUPERSET_HOME (embedded default) prepares everything, loads the
 * examples, prints the admin's credentials once and serves; the home page leads to the Sales
 * Dashboard, which draws and filters. A restart over the same home neither prints the
 * credentials nor loads the examples again.
 */

/** The quickstart loads every example before it listens: minutes on a busy 2-core machine. */
const FIRST_START_TIMEOUT_MS = 15 * 60_000;

/** Bound to 127.0.0.1, the quickstart's admin is admin/admin. */
const ADMIN = { username: 'admin', password: 'admin' };

/** The credentials line the quickstart prints, e.g. "username: admin    password: admin". */
const CREDENTIALS_LINE = /username:\s*admin\s+password:\s*admin\b/g;

/** The line `load_examples` prints for a table it loaded, e.g. "birth_names: 75,691 rows in 1.2 s". */
const TABLE_LOADED_LINE = /^\w+: [\d,]+ rows in [\d.]+ s$/m;

async function openSignedIn(browser: Browser, server: ExampleServer): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: 1440, height: 1000 },
  });
  const page = await context.newPage();
  await signIn(page, ADMIN);
  return page;
}

/** The big number a tile shows, e.g. "$10.0M". */
async function bigNumberOf(page: Page, tileName: string): Promise<string> {
  return page
    .getByRole('figure', { name: tileName, exact: true })
    .getByTestId('big-number')
    .innerText();
}

test.describe('First run', () => {
  test.describe.configure({ mode: 'serial' });
  let home: ExampleHome | undefined;
  let server: ExampleServer | undefined;

  test.beforeAll(() => {
    home = createExampleHome();
  });

  test.afterAll(async () => {
    await server?.stop();
    home?.remove();
  });

  test('the quickstart loads the examples, prints the credentials once, and the Sales Dashboard draws and filters', async ({
    browser,
  }) => {
    test.setTimeout(FIRST_START_TIMEOUT_MS + 5 * 60_000);
    if (!home) throw new Error('No SUPERSET_HOME was made');
    server = await startExampleServer('quickstart', home, FIRST_START_TIMEOUT_MS);
    const output = server.output();
    expect(output.match(CREDENTIALS_LINE), `credentials printed once in:\n${output}`).toHaveLength(
      1,
    );
    expect(output, 'the first start loads the examples').toMatch(TABLE_LOADED_LINE);

    const page = await openSignedIn(browser, server);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // The home page lists the example dashboards and opens the Sales Dashboard.
    const dashboards = page
      .locator('.ant-card')
      .filter({ has: page.locator('.ant-card-head-title', { hasText: /^Dashboards$/ }) });
    for (const slug of EXAMPLE_SLUGS) {
      await expect(dashboards.locator(`a[href="/superset/dashboard/${slug}/"]`)).toBeVisible();
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}first-run-home.png` });
    await dashboards.getByRole('link', { name: 'Sales Dashboard', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/superset/dashboard/${SALES_SLUG}/$`));
    await expect(page.getByRole('heading', { name: 'Sales Dashboard', level: 3 })).toBeVisible();
    const main = dashboardContent(page);
    await expect(main.getByRole('figure').first()).toBeVisible({ timeout: DRAW_TIMEOUT_MS });
    expect((await expectEveryTileDrawn(main)).length).toBeGreaterThan(1);

    // A native filter narrows the data: the total of small deals is less than the total.
    const total = await bigNumberOf(page, 'Total Sales');
    await pickOption(page, page.getByRole('combobox', { name: 'Deal size' }), 'Small');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => bigNumberOf(page, 'Total Sales')).not.toBe(total);
    await expectEveryTileDrawn(main);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    await page.context().close();
  });

  test('a restart over the same SUPERSET_HOME prints no credentials and loads nothing again', async ({
    browser,
  }) => {
    test.setTimeout(3 * 60_000);
    if (!home || !server) throw new Error('The first start did not run');
    await server.stop();
    server = await startExampleServer('quickstart', home, 60_000);
    const output = server.output();
    expect(output.match(CREDENTIALS_LINE), `credentials in:\n${output}`).toBeNull();
    expect(output, 'the restart loads no example').not.toMatch(TABLE_LOADED_LINE);

    const page = await openSignedIn(browser, server);
    await page.goto(`/superset/dashboard/${SALES_SLUG}/`);
    const main = dashboardContent(page);
    await expect(main.getByRole('figure').first()).toBeVisible({ timeout: DRAW_TIMEOUT_MS });
    expect((await expectEveryTileDrawn(main)).length).toBeGreaterThan(1);
    await page.context().close();
  });
});
