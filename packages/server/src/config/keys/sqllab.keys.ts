import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { functionOrNull, functionValue, sqlValidator, templateProcessor } from './hook-schemas.js';
import type { ContextHook, ValueMutator } from './hook-types.js';
import {
  bool,
  nonNegativeInt,
  nonNegativeNumber,
  positiveInt,
  text,
  textListRecord,
  textOrNull,
} from './value-schemas.js';

/** SQL Lab: row caps, time limits, validation, SQL rewriting hooks and templating. */
export const sqlLabKeys = {
  SQL_MAX_ROW: positiveInt
    .default(100_000)
    .describe(describeKey('Hard cap on the rows any analytical query returns.', 'SQL Lab')),
  DISPLAY_MAX_ROW: positiveInt
    .default(10_000)
    .describe(describeKey('Rows of a SQL Lab result sent to the browser.', 'SQL Lab')),
  DEFAULT_SQLLAB_LIMIT: positiveInt
    .default(1000)
    .describe(describeKey('Row limit preselected in the SQL editor.', 'SQL Lab')),
  SQLLAB_TIMEOUT: positiveInt
    .default(30)
    .describe(describeKey('Seconds a synchronous SQL Lab query may run.', 'SQL Lab')),
  SQLLAB_ASYNC_TIME_LIMIT_SEC: positiveInt
    .default(6 * 60 * 60)
    .describe(describeKey('Seconds an asynchronous SQL Lab query may run.', 'async workers')),
  SQLLAB_ORPHAN_CHECK_SECONDS: positiveInt
    .default(60)
    .describe(
      describeKey(
        'Seconds between checks for SQL Lab runs whose server process died (they are marked failed); also the heartbeat interval of running queries.',
        'SQL Lab',
      ),
    ),
  SQLLAB_VALIDATION_TIMEOUT: positiveInt
    .default(10)
    .describe(describeKey('Seconds inline SQL validation may take.', 'SQL Lab')),
  SQLLAB_QUERY_COST_ESTIMATE_TIMEOUT: positiveInt
    .default(10)
    .describe(describeKey('Seconds a query cost estimate may take.', 'SQL Lab')),
  SQLLAB_QUERY_RESULT_TIMEOUT: nonNegativeInt
    .default(0)
    .describe(describeKey('Seconds fetching stored results may take (0: no limit).', 'SQL Lab')),
  SQLLAB_DEFAULT_DBID: positiveInt
    .nullable()
    .default(null)
    .describe(describeKey('Database preselected in a new SQL Lab tab.', 'SQL Lab')),
  SQLLAB_CTAS_NO_LIMIT: bool
    .default(false)
    .describe(describeKey('Apply no row limit to CREATE TABLE AS queries.', 'SQL Lab')),
  SQLLAB_CTAS_SCHEMA_NAME_FUNC: functionOrNull<ContextHook>()
    .default(null)
    .describe(
      describeKey(
        'Function ({ database, user, schema, sql }) returning the schema CREATE TABLE AS writes to.',
        'SQL Lab',
      ),
    ),
  SQLLAB_SAVE_WARNING_MESSAGE: textOrNull
    .default(null)
    .describe(describeKey('Notice shown in the "save query" dialog.', 'SQL Lab')),
  SQLLAB_SCHEDULE_WARNING_MESSAGE: textOrNull
    .default(null)
    .describe(describeKey('Notice shown in the "schedule query" dialog.', 'SQL Lab')),
  SQLLAB_PAYLOAD_MAX_MB: nonNegativeNumber
    .nullable()
    .default(null)
    .describe(describeKey('Largest result payload, in megabytes, sent to the browser.', 'SQL Lab')),
  QUERY_SEARCH_LIMIT: positiveInt
    .default(1000)
    .describe(describeKey('Rows a query-history search returns.', 'SQL Lab')),
  QUERY_COST_FORMATTERS_BY_ENGINE: z
    .record(text, functionValue<ContextHook>(), { error: 'an object of engine names to functions' })
    .default({})
    .describe(describeKey('Per engine, a function formatting a cost estimate.', 'SQL Lab')),
  SQL_VALIDATORS_BY_ENGINE: z
    .record(text, sqlValidator, { error: 'an object of engine names to validators' })
    .default({ presto: 'PrestoDBSQLValidator', postgresql: 'PostgreSQLValidator' })
    .describe(
      describeKey(
        'Per engine, the inline SQL validator: a built-in validator name or an object with validate(sql, context).',
        'SQL Lab',
      ),
    ),
  SQL_QUERY_MUTATOR: functionOrNull<ValueMutator<string>>()
    .default(null)
    .describe(
      describeKey(
        'Function (sql, context) returning the SQL to run, e.g. to add a comment naming the user.',
        'SQL Lab',
      ),
    ),
  MUTATE_AFTER_SPLIT: bool
    .default(false)
    .describe(
      describeKey(
        'Apply SQL_QUERY_MUTATOR to each statement instead of the whole text.',
        'SQL Lab',
      ),
    ),
  QUERY_LOGGER: functionOrNull<ContextHook>()
    .default(null)
    .describe(
      describeKey(
        'Function called with every query run ({ url, sql, schema, module, user }) for auditing.',
        'SQL Lab',
      ),
    ),
  TRACKING_URL_TRANSFORMER: functionOrNull<ValueMutator<string>>()
    .default(null)
    .describe(describeKey('Function rewriting engine tracking URLs shown to users.', 'SQL Lab')),
  JINJA_CONTEXT_ADDONS: z
    .record(text, z.unknown(), { error: 'an object of names to values or functions' })
    .default({})
    .describe(
      describeKey(
        'Extra names (values or functions) available in SQL templates when ENABLE_TEMPLATE_PROCESSING is on.',
        'SQL Lab',
      ),
    ),
  CUSTOM_TEMPLATE_PROCESSORS: z
    .record(text, templateProcessor, { error: 'an object of engine names to template processors' })
    .default({})
    .describe(
      describeKey(
        'Per engine, a function (sql, context), an object with process(sql, context) or process_template(sql, context), or a class with such a method, rendering SQL templates instead of Jinja.',
        'SQL Lab',
      ),
    ),
  JINJA_RENDER_TIMEOUT_SECONDS: positiveInt
    .default(5)
    .describe(
      describeKey(
        'Seconds one Jinja SQL template may take to render before it is stopped.',
        'SQL Lab',
      ),
    ),
  DISALLOWED_SQL_FUNCTIONS: textListRecord
    .default({
      postgresql: [
        'database_to_xml',
        'inet_client_addr',
        'inet_server_addr',
        'query_to_xml',
        'query_to_xml_and_xmlschema',
        'table_to_xml',
        'table_to_xml_and_xmlschema',
        'version',
        'pg_read_file',
        'pg_read_binary_file',
        'pg_ls_dir',
        'lo_import',
        'lo_export',
      ],
      mysql: ['version', 'load_file'],
      sqlite: ['load_extension', 'readfile', 'writefile'],
      mssql: ['xp_cmdshell', 'openrowset', 'opendatasource'],
      clickhouse: ['url', 'file', 'remote'],
    })
    .describe(
      describeKey('Per engine, functions refused in SQL Lab and virtual datasets.', 'SQL Lab'),
    ),
  DISALLOWED_SQL_TABLES: textListRecord
    .default({
      postgresql: ['pg_stat_activity', 'pg_shadow', 'pg_authid', 'pg_user_mapping'],
      mysql: ['mysql.user', 'mysql.db'],
      mssql: ['sys.sql_logins', 'sys.server_principals'],
    })
    .describe(
      describeKey('Per engine, tables refused in SQL Lab and virtual datasets.', 'SQL Lab'),
    ),
};
