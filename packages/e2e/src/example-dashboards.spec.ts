import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, signIn, test } from './fixtures.js';
import { saveDashboardScreenshot } from './examples/dashboard-screenshot.js';
import {
  dashboardContent,
  expectEveryTileDrawn,
  visitEveryTab,
} from './examples/dashboard-tiles.js';
import {
  createExampleHome,
  runCliOutput,
  startExampleServer,
  type ExampleHome,
  type ExampleServer,
} from './examples/example-server.js';
import { EXAMPLE_SLUGS } from './examples/example-slugs.js';
import { DRAW_TIMEOUT_MS } from './support/chart-drawn.js';

/**
 * Issue 9's example dashboards, loaded by `superset load_examples` into a SUPERSET_HOME of
 * their own (embedded default: DuckDB examples) and served by `superset run`: every tab of
 * every example dashboard is shown and each of its chart tiles must draw, with no message
 * instead. A screenshot per dashboard and tab (test-results/screenshots/examples-*.png) is
 * saved for a person to look at.
 */

/** Loading generates a few million taxi trips; on a busy 2-core machine that takes minutes. */
const LOAD_TIMEOUT_MS = 15 * 60_000;

const ADMIN = { username: 'admin', password: randomBytes(18).toString('base64url') };

function screenshotName(slug: string, tab: string): string {
  const tabPart = tab
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `examples-${slug}${tabPart ? `-${tabPart}` : ''}`;
}

test.describe('Example dashboards', () => {
  test.describe.configure({ mode: 'serial' });
  let home: ExampleHome | undefined;
  let server: ExampleServer | undefined;
  /** One signed-in page for every dashboard, so the app's bundles are fetched once. */
  let page: Page;
  const pageErrors: string[] = [];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(LOAD_TIMEOUT_MS + 120_000);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    home = createExampleHome();
    home.env.SUPERSET_SECRET_KEY = randomBytes(36).toString('base64url');
    runCliOutput(['db', 'upgrade'], home, 120_000);
    runCliOutput(
      [
        ...['fab', 'create-admin', '--username', ADMIN.username, '--password', ADMIN.password],
        ...['--firstname', 'Ada', '--lastname', 'Admin', '--email', 'admin@example.com'],
      ],
      home,
      60_000,
    );
    runCliOutput(['init'], home, 60_000);
    runCliOutput(['load_examples'], home, LOAD_TIMEOUT_MS);
    server = await startExampleServer('run', home, 60_000);
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1440, height: 900 },
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, ADMIN);
  });

  test.afterAll(async () => {
    await page?.context().close();
    await server?.stop();
    home?.remove();
  });

  test.beforeEach(() => {
    pageErrors.length = 0;
  });

  for (const slug of EXAMPLE_SLUGS) {
    test(`the "${slug}" dashboard draws every chart on every tab`, async () => {
      test.setTimeout(10 * 60_000);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`/superset/dashboard/${slug}/`);
      const main = dashboardContent(page);
      await expect(main, `the dashboard "${slug}" opens`).toBeVisible();
      await expect(main.locator('[data-testid^="chart-tile-"]').first()).toBeVisible({
        timeout: DRAW_TIMEOUT_MS,
      });
      let tileCount = 0;
      await visitEveryTab(main, async (tab) => {
        const drawn = await expectEveryTileDrawn(main);
        tileCount += drawn.length;
        const path = await saveDashboardScreenshot(main, screenshotName(slug, tab));
        console.log(`${slug}${tab ? ` / ${tab}` : ''}: ${drawn.length} charts drawn (${path})`);
      });
      expect(tileCount, 'charts drawn on the dashboard').toBeGreaterThan(0);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });
  }
});
