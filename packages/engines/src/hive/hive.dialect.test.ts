import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { HIVE_DIALECT as dialect } from './hive.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Apache Hive dialect (golden SQL)', () => {
  it('offers the grains Superset has for Hive, as text-formatting expressions', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT1M',
      'PT1H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
      '1969-12-28T00:00:00Z/P1W',
      'P1W/1970-01-03T00:00:00Z',
    ]);
    expect(dialect.timeGrainExpression('`ds`', 'PT1H')).toBe(
      "from_unixtime(unix_timestamp(`ds`), 'yyyy-MM-dd HH:00:00')",
    );
    expect(dialect.timeGrainExpression('`ds`', 'P1M')).toBe(
      "from_unixtime(unix_timestamp(`ds`), 'yyyy-MM-01 00:00:00')",
    );
    expect(dialect.timeGrainExpression('`ds`', 'P1W')).toBe(
      "date_format(date_sub(`ds`, CAST(7-from_unixtime(unix_timestamp(`ds`),'u') as int)), 'yyyy-MM-dd 00:00:00')",
    );
    expect(dialect.timeGrainExpression('`ds`', 'P3M')).toBe(
      "date_format(add_months(trunc(`ds`, 'MM'), -(month(`ds`)-1)%3), 'yyyy-MM-dd 00:00:00')",
    );
    expect(dialect.timeGrainExpression('`ds`', '1969-12-28T00:00:00Z/P1W')).toBe(
      "date_format(date_add(`ds`, -INT(from_unixtime(unix_timestamp(`ds`), 'u'))), 'yyyy-MM-dd 00:00:00')",
    );
    expect(() => dialect.timeGrainExpression('`ds`', 'PT5M')).toThrow(/no time grain PT5M/);
  });

  it('converts epochs and moments to Hive literals', () => {
    expect(dialect.epochExpression('`ts`', 'epoch_s')).toBe('from_unixtime(`ts`)');
    expect(dialect.epochExpression('`ts`', 'epoch_ms')).toBe('from_unixtime((`ts`/1000))');
    expect(dialect.convertDttm('DATE', moment)).toBe("CAST('2019-01-02' AS DATE)");
    expect(dialect.convertDttm('timestamp', moment)).toBe(
      "CAST('2019-01-02 03:04:05.678000' AS TIMESTAMP)",
    );
    expect(dialect.convertDttm('STRING', moment)).toBeNull();
  });

  it('quotes with backticks and limits by wrapping', () => {
    expect(dialect.quoteTable({ table: 'birth`names', schema: 'default' })).toBe(
      '`default`.`birth``names`',
    );
    expect(dialect.selectStar({ table: 'logs', schema: 'web' }, 5)).toBe(
      'SELECT *\nFROM `web`.`logs`\nLIMIT 5',
    );
    expect(dialect.limitQuery('SELECT 1;', 10)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 10',
    );
    expect(dialect.maxColumnNameLength).toBe(767);
  });

  it('maps Hive types to generic ones', () => {
    expect(dialect.genericType('bigint')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('decimal(10,2)')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('string')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('uniontype<int,string>')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('timestamp')).toBe(GenericDataType.TEMPORAL);
    expect(dialect.genericType('boolean')).toBe(GenericDataType.BOOLEAN);
  });

  it('classifies the messages HiveServer2 produces', () => {
    expect(
      dialect.classifyError(
        "Error while compiling statement: FAILED: SemanticException [Error 10001]: Line 1:14 Table not found 'nope'",
      ),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: 'The table "nope" does not exist. A valid table must be used to run this query.',
    });
    expect(
      dialect.classifyError(
        "SemanticException [Error 10004]: Line 1:7 Invalid table alias or column reference 'colx': (possible column names are: a, b)",
      ),
    ).toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "colx".',
    });
    expect(
      dialect.classifyError('SemanticException [Error 10072]: Database does not exist: sales')
        .message,
    ).toBe('The schema "sales" does not exist. A valid schema must be used to run this query.');
    expect(
      dialect.classifyError(
        "ParseException line 1:7 cannot recognize input near 'FROM' 't' '<EOF>' in select clause",
      ),
    ).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        "Please check your query for syntax errors at line 1:7: cannot recognize input near 'FROM' 't' '<EOF>' in select clause.",
    });
    expect(dialect.classifyError('Peer indicated failure: Error validating the login').code).toBe(
      'CONNECTION_ACCESS_DENIED_ERROR',
    );
    expect(dialect.classifyError('connect ECONNREFUSED 10.0.0.5:10000').code).toBe(
      'CONNECTION_PORT_CLOSED_ERROR',
    );
  });
});
