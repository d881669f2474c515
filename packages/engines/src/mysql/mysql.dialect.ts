import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';

const DATE_TYPE = /^date$/i;
const DATETIME_TYPE = /^(datetime|timestamp)(\s*\(\d+\))?$/i;

/** MySQL's SQL, shared by MariaDB and the engines that speak MySQL's protocol. */
export const MYSQL_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'mysql',
  identifierQuotes: ['`', '`'],
  timeGrainExpressions: {
    PT1S: 'DATE_ADD(DATE({col}), INTERVAL (HOUR({col})*60*60 + MINUTE({col})*60 + SECOND({col})) SECOND)',
    PT1M: 'DATE_ADD(DATE({col}), INTERVAL (HOUR({col})*60 + MINUTE({col})) MINUTE)',
    PT1H: 'DATE_ADD(DATE({col}), INTERVAL HOUR({col}) HOUR)',
    P1D: 'DATE({col})',
    P1W: 'DATE(DATE_SUB({col}, INTERVAL DAYOFWEEK({col}) - 1 DAY))',
    P1M: 'DATE(DATE_SUB({col}, INTERVAL DAYOFMONTH({col}) - 1 DAY))',
    P3M: 'MAKEDATE(YEAR({col}), 1) + INTERVAL QUARTER({col}) QUARTER - INTERVAL 1 QUARTER',
    P1Y: 'DATE(DATE_SUB({col}, INTERVAL DAYOFYEAR({col}) - 1 DAY))',
    '1969-12-29T00:00:00Z/P1W':
      'DATE(DATE_SUB({col}, INTERVAL DAYOFWEEK(DATE_SUB({col}, INTERVAL 1 DAY)) - 1 DAY))',
  },
  epochToDttm: 'from_unixtime({col})',
  convertDttm(targetType, dttm) {
    const type = targetType.trim();
    if (DATE_TYPE.test(type)) return `STR_TO_DATE('${isoDate(dttm)}', '%Y-%m-%d')`;
    if (DATETIME_TYPE.test(type)) {
      return `STR_TO_DATE('${isoDateTime(dttm)}', '%Y-%m-%d %H:%i:%s.%f')`;
    }
    return null;
  },
  limitStyle: 'limit',
  maxColumnNameLength: 64,
  typeMappings: [
    [/^int.*/i, GenericDataType.NUMERIC],
    [/^tinyint/i, GenericDataType.NUMERIC],
    [/^mediumint/i, GenericDataType.NUMERIC],
    [/^(small|big)int/i, GenericDataType.NUMERIC],
    [/^decimal/i, GenericDataType.NUMERIC],
    [/^float/i, GenericDataType.NUMERIC],
    [/^double/i, GenericDataType.NUMERIC],
    [/^bit/i, GenericDataType.NUMERIC],
    [/^tinytext/i, GenericDataType.STRING],
    [/^mediumtext/i, GenericDataType.STRING],
    [/^longtext/i, GenericDataType.STRING],
    [/^var_string/i, GenericDataType.STRING],
    // The protocol's field type names, as result columns report them.
    [/^newdecimal/i, GenericDataType.NUMERIC],
    [/^tiny$/i, GenericDataType.NUMERIC],
    [/^short$/i, GenericDataType.NUMERIC],
    [/^(long|longlong|int24)$/i, GenericDataType.NUMERIC],
    [/^(blob|text)$/i, GenericDataType.STRING],
    [/^(tiny|medium|long)_blob$/i, GenericDataType.STRING],
    [/^year$/i, GenericDataType.NUMERIC],
    [/^newdate$/i, GenericDataType.TEMPORAL],
    [/^enum\b/i, GenericDataType.STRING],
    [/^set\b/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /Access denied for user '(?<username>.*?)'@'(?<hostname>.*?)'/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Either the username "{username}" or the password is incorrect.',
    },
    {
      pattern: /Unknown MySQL server host '(?<hostname>.*?)'/,
      code: 'CONNECTION_INVALID_HOSTNAME_ERROR',
      message: 'Unknown MySQL server host "{hostname}".',
    },
    {
      pattern: /Can't connect to MySQL server on '(?<hostname>.*?)'/,
      code: 'CONNECTION_HOST_DOWN_ERROR',
      message: 'The host "{hostname}" might be down and can\'t be reached.',
    },
    {
      pattern: /Unknown database '(?<database>.*?)'/,
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'Unable to connect to database "{database}".',
    },
    {
      pattern: /right syntax to use near '(?<server_error>.*?)'(?: at line \d+)?$/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors near "{server_error}". Then, try running your query again.',
    },
    {
      pattern: /(?:maximum statement execution time exceeded|max_statement_time exceeded)/,
      code: 'QUERY_TIMEOUT_ERROR',
      message: "The query ran longer than the server's statement time limit and was stopped.",
    },
    {
      pattern: /Query execution was interrupted/,
      code: 'QUERY_CANCELLED_ERROR',
      message: 'The query was stopped.',
    },
    {
      pattern: /Table '(?<table_name>[^']+)' doesn't exist/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /Unknown column '(?<column_name>[^']+)'/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
  ],
};

export const MYSQL_DIALECT = defineDialect(MYSQL_DIALECT_DEFINITION);
