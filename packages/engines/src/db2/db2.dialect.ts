import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';

/** IBM Db2's SQL: date arithmetic with labelled durations, FETCH FIRST limits. */
export const DB2_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'db2',
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: 'CAST({col} as TIMESTAMP) - MICROSECOND({col}) MICROSECONDS',
    PT1M: 'CAST({col} as TIMESTAMP) - SECOND({col}) SECONDS - MICROSECOND({col}) MICROSECONDS',
    PT1H: 'CAST({col} as TIMESTAMP) - MINUTE({col}) MINUTES - SECOND({col}) SECONDS - MICROSECOND({col}) MICROSECONDS',
    P1D: 'DATE({col})',
    P1W: '{col} - (DAYOFWEEK({col})) DAYS',
    P1M: '{col} - (DAY({col})-1) DAYS',
    P3M: '{col} - (DAY({col})-1) DAYS - (MONTH({col})-1) MONTHS + ((QUARTER({col})-1) * 3) MONTHS',
    P1Y: '{col} - (DAY({col})-1) DAYS - (MONTH({col})-1) MONTHS',
  },
  epochToDttm: "(TIMESTAMP('1970-01-01', '00:00:00') + {col} SECONDS)",
  // Superset has no literal for Db2 and compares with a bare string; the DATE and
  // TIMESTAMP functions make the type explicit.
  convertDttm(targetType, dttm) {
    const type = targetType.trim().toUpperCase();
    if (type === 'DATE') return `DATE('${isoDate(dttm)}')`;
    if (type.startsWith('TIMESTAMP')) return `TIMESTAMP('${isoDateTime(dttm)}')`;
    return null;
  },
  limitStyle: 'fetch_first',
  maxColumnNameLength: 30,
  typeMappings: [
    [/^decfloat(\s*\(.*\))?$/i, GenericDataType.NUMERIC],
    [/^(var)?graphic(\s*\(.*\))?$/i, GenericDataType.STRING],
    [/^(clob|dbclob|long varchar|long vargraphic|xml)(\s*\(.*\))?$/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /SQL30082N\s+Security processing failed with reason "(?<reason>\d+)"/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message:
        'Db2 refused these credentials (security reason {reason}). Check the username and password.',
    },
    {
      pattern:
        /SQL1013N\s+The database alias name or database name "(?<database>[^"]+)" could not be found/,
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'Unable to connect to database "{database}": it does not exist.',
    },
    {
      pattern: /SQL0204N\s+"(?<table_name>[^"]+)" is an undefined name/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /SQL0206N\s+"(?<column_name>[^"]+)" is not valid in the context where it is used/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /SQL0104N\s+An unexpected token "(?<syntax_error>[^"]*)" was found/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
    },
    {
      pattern:
        /SQL0551N\s+"(?<username>[^"]+)" does not have the required authorization or privilege/,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'The database user "{username}" lacks a privilege this query needs.',
    },
  ],
};

export const DB2_DIALECT = defineDialect(DB2_DIALECT_DEFINITION);
