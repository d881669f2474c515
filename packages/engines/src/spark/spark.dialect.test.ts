import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { SPARK_DIALECT as dialect } from './spark.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Apache Spark SQL dialect (golden SQL)', () => {
  it('truncates with date_trunc to every grain Superset has for Spark SQL', () => {
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
    expect(dialect.timeGrainExpression('`ds`', 'PT1S')).toBe("date_trunc('second', `ds`)");
    expect(dialect.timeGrainExpression('`ds`', 'P3M')).toBe("date_trunc('quarter', `ds`)");
    expect(dialect.timeGrainExpression('`ds`', 'P1W/1970-01-03T00:00:00Z')).toBe(
      "date_trunc('week', `ds` + interval '1 day') + interval '5 days'",
    );
    expect(dialect.timeGrainExpression('`ds`', '1969-12-28T00:00:00Z/P1W')).toBe(
      "date_trunc('week', `ds` + interval '1 day') - interval '1 day'",
    );
  });

  it("keeps Hive's epoch conversion, literals and quoting", () => {
    expect(dialect.epochExpression('`ts`', 'epoch_s')).toBe('from_unixtime(`ts`)');
    expect(dialect.convertDttm('DATE', moment)).toBe("CAST('2019-01-02' AS DATE)");
    expect(dialect.convertDttm('TIMESTAMP_NTZ', moment)).toBe(
      "CAST('2019-01-02 03:04:05.678000' AS TIMESTAMP)",
    );
    expect(dialect.convertDttm('INT', moment)).toBeNull();
    expect(dialect.quoteTable({ table: 'events', schema: 'web' })).toBe('`web`.`events`');
    expect(dialect.limitQuery('SELECT a FROM t', 3)).toBe(
      'SELECT *\nFROM (\nSELECT a FROM t\n) AS inner_qry\nLIMIT 3',
    );
    expect(dialect.genericType('array<string>')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('timestamp_ntz')).toBe(GenericDataType.TEMPORAL);
  });

  it('classifies Spark error classes and the older sentences', () => {
    expect(
      dialect.classifyError(
        '[TABLE_OR_VIEW_NOT_FOUND] The table or view `web`.`nope` cannot be found. Verify the spelling.',
      ),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table `web`.`nope` does not exist. A valid table must be used to run this query.',
    });
    expect(
      dialect.classifyError(
        '[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `colx` cannot be resolved. Did you mean one of the following? [`a`].',
      ),
    ).toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: "We can't seem to resolve the column `colx`.",
    });
    expect(
      dialect.classifyError(
        '[UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] A column, variable, or function parameter with name `y` cannot be resolved.',
      ).code,
    ).toBe('COLUMN_DOES_NOT_EXIST_ERROR');
    expect(
      dialect.classifyError('[SCHEMA_NOT_FOUND] The schema `sales` cannot be found.').message,
    ).toBe('The schema `sales` does not exist. A valid schema must be used to run this query.');
    expect(
      dialect.classifyError("[PARSE_SYNTAX_ERROR] Syntax error at or near 'FROM'.(line 1, pos 7)"),
    ).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        "Please check your query for syntax errors at or near 'FROM'. Then, try running your query again.",
    });
    expect(dialect.classifyError('Table or view not found: web.nope; line 1 pos 14')).toMatchObject(
      {
        code: 'TABLE_DOES_NOT_EXIST_ERROR',
        message:
          'The table "web.nope" does not exist. A valid table must be used to run this query.',
      },
    );
  });
});
