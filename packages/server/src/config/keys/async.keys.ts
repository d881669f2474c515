import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { cacheConfig } from './cache-config.schema.js';
import {
  bool,
  cronExpression,
  looseRecord,
  looseRecordOrNull,
  nonEmptyText,
  nonNegativeInt,
  nonNegativeNumber,
  positiveInt,
  sameSite,
  text,
  textList,
  textOrNull,
} from './value-schemas.js';

const beatEntry = z
  .object(
    {
      task: nonEmptyText,
      schedule: z.union([cronExpression, nonNegativeNumber], {
        error: 'a cron expression or a number of seconds',
      }),
      options: looseRecord.optional(),
    },
    { error: 'an object such as { task: "reports.scheduler", schedule: "* * * * *" }' },
  )
  .loose();

const celeryConfig = z
  .object(
    {
      broker_url: text.optional(),
      result_backend: text.optional(),
      imports: textList.optional(),
      worker_prefetch_multiplier: positiveInt.optional(),
      task_acks_late: bool.optional(),
      task_annotations: looseRecord.optional(),
      beat_schedule: z
        .record(text, beatEntry, { error: 'an object of named schedule entries' })
        .optional(),
    },
    { error: 'an object such as { broker_url: "redis://...", beat_schedule: {...} }, or null' },
  )
  .loose()
  .nullable();

/** Background workers, periodic schedules and global asynchronous queries. */
export const asyncKeys = {
  CELERY_CONFIG: celeryConfig
    .default({
      broker_url: 'redis://localhost:6379/0',
      result_backend: 'redis://localhost:6379/0',
      worker_prefetch_multiplier: 1,
      task_acks_late: false,
      task_annotations: { 'sql_lab.get_sql_results': { rate_limit: '100/s' } },
      beat_schedule: {
        'reports.scheduler': { task: 'reports.scheduler', schedule: '* * * * *' },
        'reports.prune_log': { task: 'reports.prune_log', schedule: '0 0 * * *' },
      },
    })
    .describe(
      describeKey(
        "Worker queue settings in Celery's key names: broker_url and result_backend (Redis URLs; Superset defaults to a SQLite broker), worker_prefetch_multiplier, task_acks_late, task_annotations, and beat_schedule entries { task, schedule } with a cron string or seconds. null disables workers.",
        'async workers',
      ),
    ),
  CELERY_BEAT_SCHEDULER_EXPIRES: nonNegativeInt
    .default(7 * 24 * 60 * 60)
    .describe(describeKey('Seconds after which a queued scheduler tick expires.', 'async workers')),
  SCHEDULED_QUERIES: looseRecord
    .default({})
    .describe(
      describeKey(
        'JSON Schema (JSONSCHEMA, UISCHEMA, VALIDATION) of the "schedule query" form in SQL Lab; empty hides the feature.',
        'SQL Lab',
      ),
    ),
  GLOBAL_ASYNC_QUERIES_TRANSPORT: z
    .enum(['polling', 'ws'])
    .default('polling')
    .describe(describeKey('How browsers learn that an async query finished.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_POLLING_DELAY: positiveInt
    .default(500)
    .describe(describeKey('Milliseconds between browser polls for async events.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_WEBSOCKET_URL: text
    .default('ws://127.0.0.1:8080/')
    .describe(describeKey('URL of the websocket server for the ws transport.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_REDIS_STREAM_PREFIX: text
    .default('async-events-')
    .describe(describeKey('Prefix of the per-channel Redis event streams.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_REDIS_STREAM_LIMIT: positiveInt
    .default(1000)
    .describe(describeKey('Events kept per channel stream.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_REDIS_STREAM_LIMIT_FIREHOSE: positiveInt
    .default(1_000_000)
    .describe(describeKey('Events kept in the all-channels stream.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_JWT_SECRET: nonEmptyText
    .default('test-secret-change-me')
    .describe(
      describeKey(
        'Secret signing the async-channel cookie. Change it in production.',
        'async workers',
      ),
    ),
  GLOBAL_ASYNC_QUERIES_JWT_COOKIE_NAME: nonEmptyText
    .default('async-token')
    .describe(describeKey('Name of the async-channel cookie.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_JWT_COOKIE_SECURE: bool
    .default(false)
    .describe(describeKey('Send the async-channel cookie over HTTPS only.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_JWT_COOKIE_SAMESITE: sameSite
    .default(null)
    .describe(describeKey('SameSite attribute of the async-channel cookie.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_JWT_COOKIE_DOMAIN: textOrNull
    .default(null)
    .describe(describeKey('Domain attribute of the async-channel cookie.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_REGISTER_REQUEST_HANDLERS: bool
    .default(true)
    .describe(describeKey('Set the async-channel cookie on responses.', 'async workers')),
  GLOBAL_ASYNC_QUERIES_CACHE_BACKEND: cacheConfig
    .default({
      CACHE_TYPE: 'RedisCache',
      CACHE_REDIS_HOST: 'localhost',
      CACHE_REDIS_PORT: 6379,
      CACHE_REDIS_DB: 0,
      CACHE_DEFAULT_TIMEOUT: 300,
    })
    .describe(describeKey('Redis that carries async-query event streams.', 'async workers')),
  TASK_ABORT_POLLING_DEFAULT_INTERVAL: nonNegativeNumber
    .default(10)
    .describe(
      describeKey('Seconds between checks whether a background task was aborted.', 'async workers'),
    ),
  TASK_PROGRESS_UPDATE_THROTTLE_INTERVAL: nonNegativeNumber
    .default(2)
    .describe(
      describeKey('Fewest seconds between two progress updates of a task.', 'async workers'),
    ),
  TASKS_ABORT_CHANNEL_PREFIX: text
    .default('gtf:abort:')
    .describe(describeKey('Prefix of the Redis channels that abort tasks.', 'async workers')),
  DISTRIBUTED_COORDINATION_CONFIG: looseRecordOrNull
    .default(null)
    .describe(
      describeKey(
        'Redis used for locks and signals between servers (null: none).',
        'async workers',
      ),
    ),
  DISTRIBUTED_LOCK_DEFAULT_TTL: positiveInt
    .default(30)
    .describe(describeKey('Seconds a distributed lock is held unless renewed.', 'async workers')),
};
