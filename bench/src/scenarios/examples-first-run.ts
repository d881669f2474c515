import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from 'playwright-core';
import type { Measurement } from '../measurement.js';
import { measurement } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import { startServer } from '../server-process.js';
import { CLI_PATH, freshHome } from './examples-home.js';

/** Scenario id, as in the registry and the results. */
export const EXAMPLES_FIRST_RUN = 'examples-first-run';

/** Debian's chromium, as the browser tests use. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The quickstart loads every example before it listens. */
const FIRST_START_TIMEOUT_MS = 30 * 60_000;

/** deck.gl and ECharts draw in software on this machine. */
const DRAW_TIMEOUT_MS = 120_000;

/**
 * Page source (the bench is typed for Node, without the DOM's types): true once every chart
 * tile of the dashboard drew (its chart box holds a canvas, SVG, table cell or big number, no
 * spinner, maps ready); throws when a tile shows an error or "no results" instead.
 */
const EVERY_TILE_DRAWN = `() => {
  const tiles = [...document.querySelectorAll('[data-testid^="chart-tile-"]')];
  if (tiles.length === 0) return false;
  const failed = tiles.find((tile) => tile.querySelector('.ant-alert, .ant-empty'));
  if (failed) throw new Error('a tile shows a message: ' + failed.innerText);
  return tiles.every((tile) => {
    const box = tile.querySelector('[data-viz-type]');
    return box !== null
      && box.querySelector('[role="status"]') === null
      && box.querySelector('[data-map-status]:not([data-map-status="ready"])') === null
      && box.querySelector('canvas, svg, tbody td, [data-testid="big-number"]') !== null;
  });
}`;

/** Fresh-clone first starts: 2 for a real run, 1 with `--quick`. */
export function firstRunSampleCount(quick: boolean): number {
  return quick ? 1 : 2;
}

interface FirstRunSplit {
  /** From spawning the quickstart to the first 200 on /health (examples loaded by then). */
  untilPort: number;
  /** ... to the home page after signing in as admin/admin through the login form. */
  untilLoggedIn: number;
  /** ... to every tile of the Sales Dashboard drawn. */
  untilRendered: number;
}

async function timeFirstRun(browser: Browser): Promise<FirstRunSplit> {
  const home = await freshHome();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  try {
    const spawnedAt = performance.now();
    const server = await startServer(
      {
        name: 'quickstart',
        argsFor: (port) => [CLI_PATH, 'quickstart', '-p', String(port), '--host', '127.0.0.1'],
        env: home.env,
        cwd: home.dir,
      },
      { pollIntervalMs: 50, timeoutMs: FIRST_START_TIMEOUT_MS },
    );
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const page = await context.newPage();
      await page.goto(`${base}/login/`);
      await page.getByLabel('Username').fill('admin');
      await page.getByLabel('Password').fill('admin');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/superset\/welcome\/$/);
      const untilLoggedIn = performance.now() - spawnedAt;
      await page.goto(`${base}/superset/dashboard/sales/`);
      await page.waitForFunction(EVERY_TILE_DRAWN, undefined, {
        timeout: DRAW_TIMEOUT_MS,
        polling: 50,
      });
      const untilRendered = performance.now() - spawnedAt;
      return { untilPort: server.readyAfterMs, untilLoggedIn, untilRendered };
    } finally {
      await server.stop();
    }
  } finally {
    await context.close();
    await home.remove();
  }
}

/**
 * `npm start` on a fresh clone (installed and built): from spawning `superset quickstart` over
 * an empty SUPERSET_HOME (migrations, roles, admin, every example loaded into DuckDB) to the
 * Sales Dashboard drawn in Chromium, split at the port answering and at the signed-in home
 * page. Chromium is started before the clock (a user's browser is already open).
 */
export async function measureExamplesFirstRun(context: ScenarioContext): Promise<Measurement[]> {
  const count = firstRunSampleCount(context.quick);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const splits: FirstRunSplit[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const split = await timeFirstRun(browser);
      splits.push(split);
      context.log(
        `first run ${index + 1}/${count}: port ${s(split.untilPort)}, logged in ${s(split.untilLoggedIn)}, ` +
          `Sales Dashboard drawn ${s(split.untilRendered)}`,
      );
    }
  } finally {
    await browser.close();
  }
  const of = (key: keyof FirstRunSplit) => splits.map((split) => split[key]);
  return [
    measurement(EXAMPLES_FIRST_RUN, 'spawn to /health answering', 'ms', of('untilPort')),
    measurement(EXAMPLES_FIRST_RUN, 'spawn to signed in (home page)', 'ms', of('untilLoggedIn')),
    measurement(EXAMPLES_FIRST_RUN, 'spawn to Sales Dashboard drawn', 'ms', of('untilRendered')),
  ];
}

function s(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
