import type { Locator } from '@playwright/test';
import { expect } from '../fixtures.js';
import { readGalleryCharts } from '../viz-gallery/gallery-charts.js';

/** deck.gl maps draw in software WebGL: over 30 s was seen on this busy 2-core machine. */
export const DRAW_TIMEOUT_MS = 45_000;

/** Where a chart proves it drew when the gallery names nothing for its type. */
const DEFAULT_DRAWN = 'canvas, svg';

const DRAWN_BY_VIZ_TYPE = new Map(
  readGalleryCharts().map((chart) => [chart.vizType, chart.drawn] as const),
);

/**
 * The CSS selector inside a chart's box that exists once a chart of `vizType` drew: the one
 * viz-gallery/form-data.json names for the type (a table's cells, a map's ready canvas).
 */
export function drawnSelectorOf(vizType: string): string {
  return DRAWN_BY_VIZ_TYPE.get(vizType) ?? DEFAULT_DRAWN;
}

/**
 * Waits until the chart in `box` (the element carrying `data-viz-type`) drew or shows a
 * message, then checks it shows no message: no loading spinner, error, "incomplete controls"
 * or "no results" in its box. `label` names the chart in the failure.
 */
export async function expectChartDrawn(box: Locator, drawn: string, label: string): Promise<void> {
  const messages = box.locator('.ant-alert, .ant-empty');
  await expect(box.locator(drawn).or(messages).first(), `${label} draws`).toBeVisible({
    timeout: DRAW_TIMEOUT_MS,
  });
  expect(await messages.allInnerTexts(), `${label} shows a message`).toEqual([]);
  await expect(box.getByRole('status', { name: /^Loading/ })).toHaveCount(0);
}
