import type { Locator, Page } from '@playwright/test';

/**
 * How two screenshots of the same chart compare, and how much of the first is drawn on:
 * computed in the page (Chromium decodes the PNGs, without a fetch the page's CSP would
 * refuse), so the package needs no image library.
 */
export interface ScreenshotComparison {
  width: number;
  height: number;
  isSameSize: boolean;
  /** Pixels whose colour differs by more than the tolerance in some channel. */
  differingPixels: number;
  /** Share of the first screenshot's pixels that are not its most common (background) colour. */
  inkShare: number;
}

/** A channel difference at or under this is antialiasing noise, not a change. */
const CHANNEL_TOLERANCE = 16;

/** Share of pixels two draws of the same chart may differ by (beyond antialiasing noise). */
export const MAX_DIFFERING_SHARE = 0.002;

/** Written as page source: this package is typed for Node, without the DOM's types. */
const COMPARE_SCRIPT = `async ({ first, second, tolerance }) => {
  const pixels = async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const a = await pixels(first);
  const b = await pixels(second);
  const counts = new Map();
  for (let i = 0; i < a.data.length; i += 4) {
    const key = (a.data[i] << 16) | (a.data[i + 1] << 8) | a.data[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const total = a.width * a.height;
  const background = Math.max(...counts.values());
  const isSameSize = a.width === b.width && a.height === b.height;
  let differingPixels = isSameSize ? 0 : total;
  if (isSameSize) {
    for (let i = 0; i < a.data.length; i += 4) {
      if (Math.abs(a.data[i] - b.data[i]) > tolerance
        || Math.abs(a.data[i + 1] - b.data[i + 1]) > tolerance
        || Math.abs(a.data[i + 2] - b.data[i + 2]) > tolerance) differingPixels += 1;
    }
  }
  return { width: a.width, height: a.height, isSameSize, differingPixels, inkShare: 1 - background / total };
}`;

/** Compares two PNG screenshots pixel by pixel (in the page) and measures the first's ink. */
export async function compareScreenshots(
  page: Page,
  first: Buffer,
  second: Buffer,
): Promise<ScreenshotComparison> {
  const options = {
    first: first.toString('base64'),
    second: second.toString('base64'),
    tolerance: CHANNEL_TOLERANCE,
  };
  return page.evaluate<ScreenshotComparison>(`(${COMPARE_SCRIPT})(${JSON.stringify(options)})`);
}

/** Whether two compared screenshots show the same chart, within MAX_DIFFERING_SHARE. */
export function isSameDrawing(comparison: ScreenshotComparison): boolean {
  const pixels = comparison.width * comparison.height;
  return comparison.isSameSize && comparison.differingPixels <= pixels * MAX_DIFFERING_SHARE;
}

/** Thrown when a chart keeps changing (an animation that never ends, a map still loading). */
export class UnsettledChartError extends Error {
  constructor(timeoutMs: number) {
    super(`The chart still changed between screenshots after ${timeoutMs} ms.`);
    this.name = 'UnsettledChartError';
  }
}

/**
 * A screenshot of the element once it stopped changing: two consecutive screenshots, a
 * moment apart, are identical bytes (ECharts animates its first draw on a canvas, which
 * Playwright's `animations: 'disabled'` cannot stop).
 *
 * @throws UnsettledChartError when it still changes after `timeoutMs`.
 */
export async function settledScreenshot(
  element: Locator,
  { timeoutMs = 15_000, intervalMs = 100 } = {},
): Promise<Buffer> {
  const deadline = Date.now() + timeoutMs;
  const shoot = () => element.screenshot({ animations: 'disabled', caret: 'hide' });
  let previous = await shoot();
  while (Date.now() < deadline) {
    await element.page().waitForTimeout(intervalMs);
    const next = await shoot();
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new UnsettledChartError(timeoutMs);
}
