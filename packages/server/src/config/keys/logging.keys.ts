import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { eventLoggerOrNull, statsLoggerOrNull } from './hook-schemas.js';
import { bool, nonEmptyText, positiveInt } from './value-schemas.js';

/** Log levels, by Python's names. */
export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] as const;

/** Logging, the action log and metrics. The rotating log file lives under DATA_DIR. */
export function loggingKeys(dataDir: string) {
  return {
    LOG_LEVEL: z
      .enum(LOG_LEVELS)
      .default('INFO')
      .describe(describeKey('Lowest level of server log lines written.', 'foundation')),
    LOG_FORMAT: nonEmptyText
      .default('%(asctime)s:%(levelname)s:%(name)s:%(message)s')
      .describe(describeKey('Line format of the rotating log file.', 'logging/StatsD')),
    ENABLE_TIME_ROTATE: bool
      .default(false)
      .describe(
        describeKey('Also write the log to FILENAME, rotated on a schedule.', 'logging/StatsD'),
      ),
    TIME_ROTATE_LOG_LEVEL: z
      .enum(LOG_LEVELS)
      .default('DEBUG')
      .describe(describeKey('Lowest level written to the rotating log file.', 'logging/StatsD')),
    FILENAME: nonEmptyText
      .default(`${dataDir}/superset.log`)
      .describe(describeKey('Path of the rotating log file.', 'logging/StatsD')),
    ROLLOVER: z
      .enum(['S', 'M', 'H', 'D', 'midnight', 'W0', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6'])
      .default('midnight')
      .describe(
        describeKey('When the log file rotates: S, M, H, D, midnight or W0-W6.', 'logging/StatsD'),
      ),
    INTERVAL: positiveInt
      .default(1)
      .describe(describeKey('Number of ROLLOVER units between rotations.', 'logging/StatsD')),
    BACKUP_COUNT: positiveInt
      .default(30)
      .describe(describeKey('Rotated log files kept.', 'logging/StatsD')),
    EVENT_LOGGER: eventLoggerOrNull
      .default(null)
      .describe(
        describeKey(
          'Object with log(event) receiving every action-log record (API calls, logins and logouts, front-end events) instead of the logs table of the metadata database (null). Called after the response; what it throws or rejects with goes to the server log.',
          'foundation',
        ),
      ),
    STATS_LOGGER: statsLoggerOrNull
      .default(null)
      .describe(
        describeKey(
          'Object with incr, decr, timing and gauge receiving metrics (e.g. a StatsD client); null records none.',
          'logging/StatsD',
        ),
      ),
  };
}
