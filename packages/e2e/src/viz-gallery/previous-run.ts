import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR } from '../fixtures.js';
import { compareScreenshots, isSameDrawing } from './screenshot-compare.js';

/** Where a chart's screenshot is saved for a person to look at. */
export const chartScreenshotPath = (vizType: string) => `${SCREENSHOT_DIR}viz-${vizType}.png`;

/** Where the previous run's screenshot is kept when this run's differs from it. */
export const previousScreenshotPath = (vizType: string) =>
  `${SCREENSHOT_DIR}viz-${vizType}.previous.png`;

async function readIfPresent(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Saves this run's screenshot of a chart over the previous run's, and tells how the two
 * compare. A changed chart keeps the previous picture next to the new one
 * (`viz-<type>.previous.png`), so whoever reviews the screenshots looks again at exactly the
 * charts that changed. A difference is a note, not a failure: a plugin's look changes on
 * purpose, and the previous run may come from other code.
 *
 * @returns a description of the change, or undefined when there was no previous run or the
 *   chart looks the same.
 */
export async function saveAndCompareWithPreviousRun(
  page: Page,
  vizType: string,
  screenshot: Buffer,
): Promise<string | undefined> {
  const path = chartScreenshotPath(vizType);
  const previous = await readIfPresent(path);
  let change: string | undefined;
  if (previous && !previous.equals(screenshot)) {
    const comparison = await compareScreenshots(page, previous, screenshot);
    if (!isSameDrawing(comparison)) {
      await copyFile(path, previousScreenshotPath(vizType));
      change = comparison.isSameSize
        ? `${comparison.differingPixels} pixels differ from the previous run's screenshot`
        : "the chart's size differs from the previous run's screenshot";
    }
  }
  if (!change) await rm(previousScreenshotPath(vizType), { force: true });
  await writeFile(path, screenshot);
  return change;
}
