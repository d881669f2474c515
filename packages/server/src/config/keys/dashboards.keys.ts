import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { bool, nonNegativeInt, positiveInt, text, textOrNull } from './value-schemas.js';

/** Dashboards: layout size, auto-refresh and templates. */
export const dashboardKeys = {
  SUPERSET_DASHBOARD_POSITION_DATA_LIMIT: positiveInt
    .default(65_535)
    .describe(
      describeKey('Largest dashboard layout (position_json), in characters.', 'dashboards'),
    ),
  SUPERSET_DASHBOARD_PERIODICAL_REFRESH_LIMIT: nonNegativeInt
    .default(0)
    .describe(
      describeKey(
        'Auto-refresh interval, in seconds, below which a warning shows (0: none).',
        'dashboards',
      ),
    ),
  SUPERSET_DASHBOARD_PERIODICAL_REFRESH_WARNING_MESSAGE: textOrNull
    .default(null)
    .describe(describeKey('Warning shown for a too-short auto-refresh interval.', 'dashboards')),
  DASHBOARD_AUTO_REFRESH_MODE: z
    .enum(['fetch', 'force'])
    .default('force')
    .describe(
      describeKey(
        'Whether auto-refresh bypasses the cache (force) or may use it (fetch).',
        'dashboards',
      ),
    ),
  DASHBOARD_AUTO_REFRESH_INTERVALS: z
    .array(z.tuple([nonNegativeInt, text]), { error: 'an array of [seconds, label] pairs' })
    .default([
      [0, "Don't refresh"],
      [10, '10 seconds'],
      [30, '30 seconds'],
      [60, '1 minute'],
      [300, '5 minutes'],
      [1800, '30 minutes'],
      [3600, '1 hour'],
      [21_600, '6 hours'],
      [43_200, '12 hours'],
      [86_400, '24 hours'],
    ])
    .describe(describeKey('Auto-refresh intervals offered, as [seconds, label].', 'dashboards')),
  DASHBOARD_LIST_CUSTOM_TAGS_ONLY: bool
    .default(false)
    .describe(describeKey('Show only custom tags in the dashboard list.', 'dashboards')),
  DASHBOARD_TEMPLATE_ID: positiveInt
    .nullable()
    .default(null)
    .describe(
      describeKey('Dashboard copied as the starting point of new dashboards.', 'dashboards'),
    ),
};
