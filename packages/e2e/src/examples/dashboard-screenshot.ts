import { writeFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { SCREENSHOT_DIR } from '../fixtures.js';
import { settledScreenshot } from '../viz-gallery/screenshot-compare.js';

/** The tallest page the screenshots grow to. */
const MAX_VIEWPORT_HEIGHT = 4000;

/** What the page's boxes tell of their scrolling (this package has no DOM types). */
interface ScrollBox {
  scrollHeight: number;
  clientHeight: number;
  parentElement: ScrollBox | null;
}

/** How many pixels of the element's content are scrolled out of sight, in it or around it. */
function hiddenHeight(element: ScrollBox): number {
  let hidden = 0;
  for (let node: ScrollBox | null = element; node; node = node.parentElement) {
    hidden = Math.max(hidden, node.scrollHeight - node.clientHeight);
  }
  return hidden;
}

/**
 * Makes the page tall enough that the dashboard content `main` (which scrolls inside the
 * app) shows whole, then saves a settled screenshot of the page (header and filter bar too)
 * as test-results/screenshots/<name>.png. Gives the file's path.
 */
export async function saveDashboardScreenshot(main: Locator, name: string): Promise<string> {
  const page = main.page();
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const hidden = await main.evaluate(hiddenHeight);
  if (hidden > 0) {
    const height = Math.min(viewport.height + hidden, MAX_VIEWPORT_HEIGHT);
    await page.setViewportSize({ width: viewport.width, height });
  }
  const path = `${SCREENSHOT_DIR}${name}.png`;
  const body = page.locator('body');
  await writeFile(path, await settledScreenshot(body, { timeoutMs: 20_000, intervalMs: 250 }));
  return path;
}
