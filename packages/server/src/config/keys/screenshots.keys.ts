import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { executorList } from './executor.schema.js';
import { functionOrNull } from './hook-schemas.js';
import type { ThumbnailDigestFunc, WebdriverAuthFunc } from './hook-types.js';
import {
  bool,
  looseRecord,
  nonEmptyText,
  nonNegativeNumber,
  positiveInt,
  textList,
} from './value-schemas.js';

const size = z.tuple([positiveInt, positiveInt], { error: 'a [width, height] pair' });

/** The headless browser that takes screenshots, its timing, and thumbnails. */
export const screenshotKeys = {
  WEBDRIVER_TYPE: z
    .enum(['chromium', 'chrome', 'firefox'])
    .default('chromium')
    .describe(
      describeKey(
        'Browser used for screenshots. Superset defaults to firefox; Superset.ts drives Chromium through Playwright.',
        'thumbnails',
      ),
    ),
  WEBDRIVER_WINDOW: z
    .object(
      { dashboard: size, slice: size, pixel_density: nonNegativeNumber.optional() },
      { error: 'an object { dashboard: [w, h], slice: [w, h], pixel_density }' },
    )
    .default({ dashboard: [1600, 2000], slice: [3000, 1200], pixel_density: 1 })
    .describe(
      describeKey('Browser window sizes for dashboard and chart screenshots.', 'thumbnails'),
    ),
  WEBDRIVER_OPTION_ARGS: textList
    .default(['--headless'])
    .describe(describeKey('Command-line arguments given to the browser.', 'thumbnails')),
  WEBDRIVER_CONFIGURATION: looseRecord
    .default({})
    .describe(describeKey('Extra launch options of the browser.', 'thumbnails')),
  WEBDRIVER_AUTH_FUNC: functionOrNull<WebdriverAuthFunc>()
    .default(null)
    .describe(
      describeKey(
        'Function (browserContext, user) logging the browser in before a screenshot.',
        'thumbnails',
      ),
    ),
  WEBDRIVER_BASEURL: nonEmptyText
    .default('http://0.0.0.0:8080/')
    .describe(describeKey('URL the screenshot browser opens Superset at.', 'thumbnails')),
  WEBDRIVER_BASEURL_USER_FRIENDLY: nonEmptyText
    .default('http://0.0.0.0:8080/')
    .describe(describeKey('URL of Superset put in e-mails and Slack messages.', 'reports/alerts')),
  EMAIL_PAGE_RENDER_WAIT: nonNegativeNumber
    .default(30)
    .describe(
      describeKey(
        'Seconds to wait for a page to render before a report screenshot.',
        'reports/alerts',
      ),
    ),
  SCREENSHOT_LOCATE_WAIT: nonNegativeNumber
    .default(10)
    .describe(describeKey('Seconds to wait for the element to capture to appear.', 'thumbnails')),
  SCREENSHOT_LOAD_WAIT: nonNegativeNumber
    .default(60)
    .describe(describeKey('Seconds to wait for charts to finish loading.', 'thumbnails')),
  SCREENSHOT_SELENIUM_RETRIES: positiveInt
    .default(5)
    .describe(describeKey('Attempts at a screenshot before it fails.', 'thumbnails')),
  SCREENSHOT_SELENIUM_HEADSTART: nonNegativeNumber
    .default(3)
    .describe(
      describeKey('Seconds to wait after the page opens before looking for charts.', 'thumbnails'),
    ),
  SCREENSHOT_SELENIUM_ANIMATION_WAIT: nonNegativeNumber
    .default(5)
    .describe(describeKey('Seconds to let chart animations finish.', 'thumbnails')),
  SCREENSHOT_REPLACE_UNEXPECTED_ERRORS: bool
    .default(false)
    .describe(
      describeKey('Replace unexpected errors in screenshots with a generic message.', 'thumbnails'),
    ),
  SCREENSHOT_WAIT_FOR_ERROR_MODAL_VISIBLE: nonNegativeNumber
    .default(5)
    .describe(describeKey('Seconds to wait for an error dialog to open.', 'thumbnails')),
  SCREENSHOT_WAIT_FOR_ERROR_MODAL_INVISIBLE: nonNegativeNumber
    .default(5)
    .describe(describeKey('Seconds to wait for an error dialog to close.', 'thumbnails')),
  SCREENSHOT_PLAYWRIGHT_WAIT_EVENT: z
    .enum(['load', 'domcontentloaded', 'networkidle', 'commit'])
    .default('domcontentloaded')
    .describe(describeKey('Page event that counts as "loaded".', 'thumbnails')),
  SCREENSHOT_PLAYWRIGHT_DEFAULT_TIMEOUT: positiveInt
    .default(60_000)
    .describe(describeKey('Milliseconds a browser action may take.', 'thumbnails')),
  SCREENSHOT_TILED_ENABLED: bool
    .default(true)
    .describe(describeKey('Capture large dashboards in tiles.', 'thumbnails')),
  SCREENSHOT_TILED_CHART_THRESHOLD: positiveInt
    .default(20)
    .describe(
      describeKey('Charts on a dashboard above which it is captured in tiles.', 'thumbnails'),
    ),
  SCREENSHOT_TILED_HEIGHT_THRESHOLD: positiveInt
    .default(5000)
    .describe(
      describeKey('Dashboard height in pixels above which it is captured in tiles.', 'thumbnails'),
    ),
  SCREENSHOT_TILED_VIEWPORT_HEIGHT: positiveInt
    .default(2000)
    .describe(describeKey('Height of one tile, in pixels.', 'thumbnails')),
  THUMBNAIL_EXECUTORS: executorList
    .default(['current_user'])
    .describe(describeKey('Whose permissions a thumbnail is rendered with.', 'thumbnails')),
  THUMBNAIL_DASHBOARD_DIGEST_FUNC: functionOrNull<ThumbnailDigestFunc>()
    .default(null)
    .describe(
      describeKey(
        'Function (dashboard, executorType, executorName) returning the thumbnail digest.',
        'thumbnails',
      ),
    ),
  THUMBNAIL_CHART_DIGEST_FUNC: functionOrNull<ThumbnailDigestFunc>()
    .default(null)
    .describe(
      describeKey(
        'Function (chart, executorType, executorName) returning the thumbnail digest.',
        'thumbnails',
      ),
    ),
  CACHE_WARMUP_EXECUTORS: executorList
    .default(['owner'])
    .describe(describeKey('Whose permissions cache warm-up queries run with.', 'caching')),
};
