import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.js';
import { drawnSelectorOf, expectChartDrawn } from '../support/chart-drawn.js';

/**
 * The dashboard's content (its layout, without header and filter bar): the landmark that
 * carries the class dashboard CSS is scoped to, inside the app's own `main`.
 */
export function dashboardContent(page: Page): Locator {
  return page.locator('main.superset-dashboard-css-scope');
}

/** The chart tiles shown in `scope` (those of hidden tabs left out). */
export function visibleTiles(scope: Locator): Locator {
  return scope.locator('[data-testid^="chart-tile-"]:visible');
}

/**
 * Checks that every chart tile shown in `scope` drew (its table, canvas, SVG or number, as
 * the viz gallery defines per type) and shows no error, "no results" or loading message; a
 * tile whose chart is missing fails with what it shows. Gives the names of the tiles checked.
 */
export async function expectEveryTileDrawn(scope: Locator): Promise<string[]> {
  const names: string[] = [];
  for (const tile of await visibleTiles(scope).all()) {
    const name =
      (await tile.getAttribute('aria-label')) ?? (await tile.getAttribute('data-testid')) ?? '';
    const box = tile.locator('[data-viz-type]');
    expect(await box.count(), `tile "${name}" shows no chart: ${await tile.innerText()}`).toBe(1);
    const vizType = (await box.getAttribute('data-viz-type')) ?? '';
    await expectChartDrawn(box, drawnSelectorOf(vizType), `"${name}" (${vizType})`);
    names.push(name);
  }
  return names;
}

/**
 * Shows every tab of the dashboard content `scope` in turn (nested tabs too, as they appear)
 * and calls `visit` with the tab's name; a dashboard without tabs is visited once, as ''.
 */
export async function visitEveryTab(
  scope: Locator,
  visit: (tabName: string) => Promise<void>,
): Promise<void> {
  const visited = new Set<string>();
  for (;;) {
    const tabs = scope.getByRole('tab');
    const names = await tabs.allInnerTexts();
    const next = names.findIndex((name) => !visited.has(name));
    if (next < 0) break;
    const name = names[next] ?? '';
    visited.add(name);
    await tabs.nth(next).click();
    await expect(tabs.nth(next)).toHaveAttribute('aria-selected', 'true');
    await visit(name);
  }
  if (visited.size === 0) await visit('');
}
