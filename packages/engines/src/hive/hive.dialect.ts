import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import type { TypeMapping } from '../spec/type-mapping.js';

/** A moment as Hive and Spark SQL read it: a string cast to DATE or TIMESTAMP. */
export function hiveConvertDttm(targetType: string, dttm: Date): string | null {
  const type = targetType.trim().toUpperCase();
  if (type === 'DATE') return `CAST('${isoDate(dttm)}' AS DATE)`;
  if (type.startsWith('TIMESTAMP')) return `CAST('${isoDateTime(dttm)}' AS TIMESTAMP)`;
  return null;
}

/** Hive types the defaults do not know (arrays, maps and structs they already read as text). */
export const HIVE_TYPE_MAPPINGS: readonly TypeMapping[] = [
  [/^uniontype\s*<.*>$/i, GenericDataType.STRING],
];

/** Apache Hive's SQL (HiveQL) through HiveServer2. */
export const HIVE_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'hive',
  identifierQuotes: ['`', '`'],
  // Hive has no DATE_TRUNC before 3.x, so grains reformat the timestamp as text.
  timeGrainExpressions: {
    PT1S: "from_unixtime(unix_timestamp({col}), 'yyyy-MM-dd HH:mm:ss')",
    PT1M: "from_unixtime(unix_timestamp({col}), 'yyyy-MM-dd HH:mm:00')",
    PT1H: "from_unixtime(unix_timestamp({col}), 'yyyy-MM-dd HH:00:00')",
    P1D: "from_unixtime(unix_timestamp({col}), 'yyyy-MM-dd 00:00:00')",
    P1W: "date_format(date_sub({col}, CAST(7-from_unixtime(unix_timestamp({col}),'u') as int)), 'yyyy-MM-dd 00:00:00')",
    P1M: "from_unixtime(unix_timestamp({col}), 'yyyy-MM-01 00:00:00')",
    P3M: "date_format(add_months(trunc({col}, 'MM'), -(month({col})-1)%3), 'yyyy-MM-dd 00:00:00')",
    P1Y: "from_unixtime(unix_timestamp({col}), 'yyyy-01-01 00:00:00')",
    'P1W/1970-01-03T00:00:00Z':
      "date_format(date_add({col}, INT(6-from_unixtime(unix_timestamp({col}), 'u'))), 'yyyy-MM-dd 00:00:00')",
    '1969-12-28T00:00:00Z/P1W':
      "date_format(date_add({col}, -INT(from_unixtime(unix_timestamp({col}), 'u'))), 'yyyy-MM-dd 00:00:00')",
  },
  epochToDttm: 'from_unixtime({col})',
  convertDttm: hiveConvertDttm,
  limitStyle: 'limit',
  maxColumnNameLength: 767,
  typeMappings: HIVE_TYPE_MAPPINGS,
  errorPatterns: [
    {
      pattern: /Table not found '(?<table_name>[^']+)'/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /Invalid (?:table alias or )?column reference '(?<column_name>[^']+)'/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /Database does not exist: (?<schema_name>[\w-]+)/,
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
      message:
        'The schema "{schema_name}" does not exist. A valid schema must be used to run this query.',
    },
    {
      pattern: /ParseException line (?<location>\d+:\d+) (?<detail>[^\n]+)/,
      code: 'SYNTAX_ERROR',
      message: 'Please check your query for syntax errors at line {location}: {detail}.',
    },
    {
      pattern: /Error validating the login/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'HiveServer2 refused these credentials. Check the username and password.',
    },
  ],
};

export const HIVE_DIALECT = defineDialect(HIVE_DIALECT_DEFINITION);
