import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { functionOrNull } from './hook-schemas.js';
import type { ContextHook, ValueMutator } from './hook-types.js';
import { bool, looseRecord, positiveInt, text, textList, textListRecord } from './value-schemas.js';

/** Chart data queries, time ranges and grains, and dataset behaviour. */
export const chartDataKeys = {
  ROW_LIMIT: positiveInt
    .default(50_000)
    .describe(describeKey('Default row limit of chart queries.', 'datasets/chart data')),
  SAMPLES_ROW_LIMIT: positiveInt
    .default(1000)
    .describe(
      describeKey('Rows returned by "samples" and drill to detail.', 'datasets/chart data'),
    ),
  TABLE_VIZ_MAX_ROW_SERVER: positiveInt
    .default(500_000)
    .describe(
      describeKey('Row cap of table charts paginated on the server.', 'datasets/chart data'),
    ),
  NATIVE_FILTER_DEFAULT_ROW_LIMIT: positiveInt
    .default(1000)
    .describe(describeKey('Values loaded for a dashboard native filter.', 'dashboards')),
  FILTER_SELECT_ROW_LIMIT: positiveInt
    .default(10_000)
    .describe(describeKey('Values a select filter offers while typing.', 'dashboards')),
  DEFAULT_RELATIVE_START_TIME: text
    .default('today')
    .describe(
      describeKey('Anchor of relative start times such as "7 days ago".', 'datasets/chart data'),
    ),
  DEFAULT_RELATIVE_END_TIME: text
    .default('today')
    .describe(describeKey('Anchor of relative end times.', 'datasets/chart data')),
  DEFAULT_TIME_FILTER: text
    .default('No filter')
    .describe(describeKey('Time range preselected on new charts.', 'explore')),
  TIME_GRAIN_DENYLIST: textList
    .default([])
    .describe(describeKey('Time grains (e.g. "PT1S") hidden from users.', 'datasets/chart data')),
  TIME_GRAIN_ADDONS: z
    .record(text, text, { error: 'an object of grain ids to labels' })
    .default({})
    .describe(
      describeKey(
        'Extra time grains, id to label, e.g. { PT2S: "2 second" }.',
        'datasets/chart data',
      ),
    ),
  TIME_GRAIN_ADDON_EXPRESSIONS: z
    .record(text, z.record(text, text), {
      error: 'an object of engine names to { grain id: SQL expression }',
    })
    .default({})
    .describe(
      describeKey(
        'Per engine, the SQL of each extra grain, using {col} for the column.',
        'datasets/chart data',
      ),
    ),
  VIZ_TYPE_DENYLIST: textList
    .default([])
    .describe(describeKey('Chart types hidden from users, by viz_type.', 'explore')),
  DATASET_AUTO_DETECT_DATETIME_FORMATS: bool
    .default(true)
    .describe(
      describeKey(
        'Guess the date format of string time columns of new datasets.',
        'datasets/chart data',
      ),
    ),
  DATETIME_FORMAT_DETECTION_SAMPLE_SIZE: positiveInt
    .default(1000)
    .describe(describeKey('Rows sampled when guessing a date format.', 'datasets/chart data')),
  SQLA_TABLE_MUTATOR: functionOrNull<ValueMutator<Readonly<Record<string, unknown>>>>()
    .default(null)
    .describe(
      describeKey('Function adjusting a dataset after it is loaded.', 'datasets/chart data'),
    ),
  DATASET_HEALTH_CHECK: functionOrNull<ContextHook>()
    .default(null)
    .describe(
      describeKey(
        'Function (dataset) returning a warning to show, or nothing.',
        'datasets/chart data',
      ),
    ),
  ADVANCED_DATA_TYPES: textListRecord
    .default({ internet_address: [], port: [] })
    .describe(
      describeKey(
        'Advanced data types offered to columns (flag ENABLE_ADVANCED_DATA_TYPES), by name.',
        'datasets/chart data',
      ),
    ),
  CSV_EXPORT: looseRecord
    .default({ encoding: 'utf-8-sig' })
    .describe(
      describeKey('Options of CSV downloads: encoding, sep, decimal.', 'datasets/chart data'),
    ),
  EXCEL_EXPORT: looseRecord
    .default({})
    .describe(describeKey('Options of Excel downloads.', 'datasets/chart data')),
  CSV_STREAMING_ROW_THRESHOLD: positiveInt
    .default(100_000)
    .describe(describeKey('Row count above which CSV downloads stream.', 'datasets/chart data')),
  DASHBOARD_QUERY_CONCURRENCY_PER_DATABASE: positiveInt
    .default(4)
    .describe(
      describeKey(
        'Chart queries running at once per database and process (our own key); cache hits never wait.',
        'datasets/chart data',
      ),
    ),
};
