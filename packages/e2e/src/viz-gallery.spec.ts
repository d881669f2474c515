import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, signIn, test } from './fixtures.js';
import { DRAW_TIMEOUT_MS, expectChartDrawn } from './support/chart-drawn.js';
import {
  saveGalleryChart,
  setUpGallery,
  tearDownGallery,
  type GallerySetup,
} from './viz-gallery/gallery-api.js';
import { readGalleryCharts, type GalleryChart } from './viz-gallery/gallery-charts.js';
import { saveAndCompareWithPreviousRun } from './viz-gallery/previous-run.js';
import {
  MAX_DIFFERING_SHARE,
  compareScreenshots,
  settledScreenshot,
} from './viz-gallery/screenshot-compare.js';

/**
 * Issue 7's "every viz type renders from example data in Chromium (screenshots looked at,
 * compared between runs)". One chart per registered type (viz-gallery/form-data.json, which
 * the web package's gallery-coverage test holds equal to the registry) is saved over one
 * generated PostgreSQL table, opened in Explore, and must draw: its canvas, SVG or table
 * there, no message instead, not a blank box, no uncaught error in the page. Its screenshot
 * is saved (test-results/screenshots/viz-<type>.png) for a person to look at.
 *
 * Compared between runs, in two ways:
 * - the chart is drawn twice, the second time after a reload (a new page, query and render),
 *   and the two settled screenshots must match (within MAX_DIFFERING_SHARE): a chart that
 *   draws differently each time (random layout, unordered rows, an animation that never
 *   settles) fails here, which is what makes the next point meaningful;
 * - this run's screenshot is compared with the previous run's on this machine; a change is
 *   reported as a test annotation and the old picture kept as viz-<type>.previous.png, to
 *   be looked at, not failed on. Committed baselines were not chosen: they break on every
 *   font or antialiasing difference between machines and on every deliberate change of a
 *   plugin's look, while the plugins are still being written.
 */

const CHARTS = readGalleryCharts();

/** Share of a chart's pixels that must be drawn on (not background): not a blank box. */
const MIN_INK_SHARE = 0.005;
function chartBox(page: Page, chart: GalleryChart): Locator {
  return page.getByTestId('explore-chart').locator(`[data-viz-type="${chart.vizType}"]`);
}

/** Waits until the chart drew and checks it shows no message instead (support/chart-drawn.ts). */
async function expectDrawn(page: Page, chart: GalleryChart): Promise<Locator> {
  const box = chartBox(page, chart);
  await expectChartDrawn(box, chart.drawn, chart.vizType);
  return box;
}

/** Opens a saved chart in Explore and gives its screenshot once drawn and settled. */
async function drawSavedChart(page: Page, chartId: number, chart: GalleryChart): Promise<Buffer> {
  await page.goto(`/explore/?slice_id=${chartId}`);
  return settledScreenshot(await expectDrawn(page, chart));
}

test.describe('Viz gallery', () => {
  let setup: GallerySetup | undefined;
  const chartIds = new Map<string, number>();
  /**
   * One signed-in page for every test: the browser's cache stays warm between charts, so
   * each does not download and compile the app's bundles again (what cost the most).
   */
  let page: Page;
  /** Uncaught errors of the page since the current test started. */
  const pageErrors: string[] = [];

  test.beforeAll(async ({ browser, admin }) => {
    test.setTimeout(120_000);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, admin);
    setup = await setUpGallery(page);
    for (const chart of CHARTS) {
      chartIds.set(chart.vizType, await saveGalleryChart(page, setup.datasetId, chart));
    }
  });

  test.afterAll(async () => {
    test.setTimeout(60_000);
    if (setup) await tearDownGallery(page, setup, [...chartIds.values()]);
    await page.context().close();
  });

  test.beforeEach(() => {
    pageErrors.length = 0;
  });

  test.afterEach(async () => {
    const info = test.info();
    if (info.status !== info.expectedStatus) {
      await page.screenshot({ path: info.outputPath('failed.png') });
    }
  });

  test("Explore's gallery offers exactly the types drawn here", async () => {
    const [first] = CHARTS;
    if (!first) throw new Error('viz-gallery/form-data.json lists no chart');
    await page.goto(`/explore/?slice_id=${chartIds.get(first.vizType)}`);
    await page.getByRole('button', { name: 'View all charts' }).click();
    const gallery = page.getByRole('dialog', { name: 'Select a visualization type' });
    const options = gallery.getByRole('listbox', { name: 'Chart types' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    const offered = await Promise.all(
      (await options.all()).map(async (card) => (await card.getAttribute('aria-label')) ?? ''),
    );
    expect(offered.sort()).toEqual(CHARTS.map((chart) => chart.name).sort());
    await page.screenshot({
      path: `${SCREENSHOT_DIR}viz-gallery-picker.png`,
      animations: 'disabled',
    });
  });

  for (const chart of CHARTS) {
    test(`${chart.name} (${chart.vizType}) draws from example data, the same after a reload`, async () => {
      test.setTimeout(2 * DRAW_TIMEOUT_MS + 30_000);
      const chartId = chartIds.get(chart.vizType);
      if (chartId === undefined) throw new Error(`No chart was saved for ${chart.vizType}`);

      const first = await drawSavedChart(page, chartId, chart);
      const change = await saveAndCompareWithPreviousRun(page, chart.vizType, first);
      if (change) {
        test.info().annotations.push({ type: 'changed since the last run', description: change });
        console.log(`viz-${chart.vizType}.png changed since the last run: ${change}`);
      }
      const second = await drawSavedChart(page, chartId, chart);

      const redraw = await compareScreenshots(page, first, second);
      const pixels = redraw.width * redraw.height;
      expect(redraw.inkShare, 'share of the chart drawn on').toBeGreaterThan(MIN_INK_SHARE);
      expect(redraw.isSameSize, 'both draws have the same size').toBe(true);
      expect(
        redraw.differingPixels / pixels,
        `${redraw.differingPixels} of ${pixels} pixels differ after a reload`,
      ).toBeLessThanOrEqual(MAX_DIFFERING_SHARE);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });
  }
});
