import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { executorList } from './executor.schema.js';
import { functionOrNull } from './hook-schemas.js';
import type { ValueMutator } from './hook-types.js';
import {
  bool,
  cronExpression,
  nonNegativeInt,
  positiveInt,
  text,
  textList,
} from './value-schemas.js';

/** Alerts and reports: scheduling windows, time-outs, executors and what they send. */
export const reportsKeys = {
  ALERT_REPORTS_CRON_WINDOW_SIZE: positiveInt
    .default(59)
    .describe(
      describeKey('Seconds of schedule the scheduler covers at each tick.', 'reports/alerts'),
    ),
  ALERT_REPORTS_WORKING_TIME_OUT_KILL: bool
    .default(true)
    .describe(describeKey('Stop a report that exceeds its working time-out.', 'reports/alerts')),
  ALERT_REPORTS_WORKING_TIME_OUT_LAG: nonNegativeInt
    .default(10)
    .describe(
      describeKey('Seconds of grace added to the hard time-out of a report.', 'reports/alerts'),
    ),
  ALERT_REPORTS_WORKING_SOFT_TIME_OUT_LAG: nonNegativeInt
    .default(1)
    .describe(
      describeKey('Seconds of grace added to the soft time-out of a report.', 'reports/alerts'),
    ),
  ALERT_REPORTS_DEFAULT_WORKING_TIMEOUT: positiveInt
    .default(3600)
    .describe(
      describeKey('Working time-out preselected for a new report, in seconds.', 'reports/alerts'),
    ),
  ALERT_REPORTS_DEFAULT_RETENTION: positiveInt
    .default(90)
    .describe(
      describeKey('Days of execution log kept, preselected for a new report.', 'reports/alerts'),
    ),
  ALERT_REPORTS_DEFAULT_CRON_VALUE: cronExpression
    .default('0 0 * * *')
    .describe(describeKey('Schedule preselected for a new report.', 'reports/alerts')),
  ALERT_REPORTS_EXECUTORS: executorList
    .default(['owner'])
    .describe(
      describeKey('Whose permissions a report runs with, tried in order.', 'reports/alerts'),
    ),
  ALERT_REPORTS_NOTIFICATION_DRY_RUN: bool
    .default(false)
    .describe(describeKey('Log notifications instead of sending them.', 'reports/alerts')),
  ALERT_REPORTS_QUERY_EXECUTION_MAX_TRIES: positiveInt
    .default(1)
    .describe(describeKey("Attempts at an alert's SQL before it fails.", 'reports/alerts')),
  ALERT_REPORTS_MIN_CUSTOM_SCREENSHOT_WIDTH: positiveInt
    .default(600)
    .describe(describeKey('Narrowest custom screenshot width, in pixels.', 'reports/alerts')),
  ALERT_REPORTS_MAX_CUSTOM_SCREENSHOT_WIDTH: positiveInt
    .default(2400)
    .describe(describeKey('Widest custom screenshot width, in pixels.', 'reports/alerts')),
  ALERT_REPORTS_ENABLE_LINK_REDIRECT: bool
    .default(true)
    .describe(describeKey('Send links in reports through the /redirect/ page.', 'reports/alerts')),
  ALERT_REPORTS_WEBHOOK_HTTPS_ONLY: bool
    .default(true)
    .describe(describeKey('Only accept https:// webhook targets.', 'reports/alerts')),
  ALERT_MINIMUM_INTERVAL: nonNegativeInt
    .default(0)
    .describe(
      describeKey('Fewest seconds between two runs of an alert (0: no minimum).', 'reports/alerts'),
    ),
  REPORT_MINIMUM_INTERVAL: nonNegativeInt
    .default(0)
    .describe(
      describeKey('Fewest seconds between two runs of a report (0: no minimum).', 'reports/alerts'),
    ),
  MUTATE_ALERT_QUERY: bool
    .default(false)
    .describe(describeKey('Apply SQL_QUERY_MUTATOR to alert SQL as well.', 'reports/alerts')),
  EMAIL_REPORTS_SUBJECT_PREFIX: text
    .default('[Report] ')
    .describe(describeKey('Text put before the subject of report e-mails.', 'reports/alerts')),
  EMAIL_REPORTS_CTA: text
    .default('Explore in Superset')
    .describe(
      describeKey('Text of the link back to Superset in report e-mails.', 'reports/alerts'),
    ),
  EMAIL_HEADER_MUTATOR: functionOrNull<ValueMutator<Record<string, string>>>()
    .default(null)
    .describe(
      describeKey(
        'Function (headers, context) adjusting MIME headers of e-mails.',
        'reports/alerts',
      ),
    ),
  REPORTS_CSV_NA_NAMES: textList
    .nullable()
    .default(null)
    .describe(
      describeKey(
        'Cell texts read as NULL in CSV attachments (null: the defaults).',
        'reports/alerts',
      ),
    ),
  PDF_COMPRESSION_LEVEL: z
    .enum(['NONE', 'LOW', 'MEDIUM', 'HIGH'])
    .default('MEDIUM')
    .describe(describeKey('Image compression of PDF attachments.', 'reports/alerts')),
};
