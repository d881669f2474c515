import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { DB2_DIALECT as dialect } from './db2.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('IBM Db2 dialect (golden SQL)', () => {
  it('offers the grains Superset has for Db2, as labelled-duration arithmetic', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT1M',
      'PT1H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
    ]);
    expect(dialect.timeGrainExpression('"ds"', 'PT1S')).toBe(
      'CAST("ds" as TIMESTAMP) - MICROSECOND("ds") MICROSECONDS',
    );
    expect(dialect.timeGrainExpression('"ds"', 'PT1H')).toBe(
      'CAST("ds" as TIMESTAMP) - MINUTE("ds") MINUTES - SECOND("ds") SECONDS - MICROSECOND("ds") MICROSECONDS',
    );
    expect(dialect.timeGrainExpression('"ds"', 'P1D')).toBe('DATE("ds")');
    expect(dialect.timeGrainExpression('"ds"', 'P1W')).toBe('"ds" - (DAYOFWEEK("ds")) DAYS');
    expect(dialect.timeGrainExpression('"ds"', 'P3M')).toBe(
      '"ds" - (DAY("ds")-1) DAYS - (MONTH("ds")-1) MONTHS + ((QUARTER("ds")-1) * 3) MONTHS',
    );
  });

  it('converts epochs and moments to Db2 literals', () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe(
      `(TIMESTAMP('1970-01-01', '00:00:00') + "ts" SECONDS)`,
    );
    expect(dialect.convertDttm('DATE', moment)).toBe("DATE('2019-01-02')");
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(
      "TIMESTAMP('2019-01-02 03:04:05.678000')",
    );
    expect(dialect.convertDttm('VARCHAR', moment)).toBeNull();
  });

  it('limits with FETCH FIRST around the wrapped query', () => {
    expect(dialect.limitQuery('SELECT * FROM "SALES" ORDER BY 1;', 25)).toBe(
      'SELECT *\nFROM (\nSELECT * FROM "SALES" ORDER BY 1\n) AS inner_qry\nFETCH FIRST 25 ROWS ONLY',
    );
    expect(dialect.selectStar({ table: 'SALES', schema: 'DB2INST1' })).toBe(
      'SELECT *\nFROM "DB2INST1"."SALES"\nFETCH FIRST 100 ROWS ONLY',
    );
    expect(dialect.maxColumnNameLength).toBe(30);
  });

  it('maps Db2 types to generic ones', () => {
    expect(dialect.genericType('DECFLOAT(34)')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('VARGRAPHIC(100)')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('DBCLOB')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('TIMESTAMP(6)')).toBe(GenericDataType.TEMPORAL);
  });

  it('classifies the SQLxxxxN messages Db2 produces', () => {
    expect(
      dialect.classifyError(
        'SQL30082N  Security processing failed with reason "24" ("USERNAME AND/OR PASSWORD INVALID").  SQLSTATE=08001',
      ),
    ).toMatchObject({
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message:
        'Db2 refused these credentials (security reason 24). Check the username and password.',
    });
    expect(
      dialect.classifyError(
        'SQL1013N  The database alias name or database name "SAMPEL" could not be found.  SQLSTATE=42705',
      ).code,
    ).toBe('CONNECTION_UNKNOWN_DATABASE_ERROR');
    expect(
      dialect.classifyError('SQL0204N  "DB2INST1.NOPE" is an undefined name.  SQLSTATE=42704')
        .message,
    ).toBe(
      'The table "DB2INST1.NOPE" does not exist. A valid table must be used to run this query.',
    );
    expect(
      dialect.classifyError(
        'SQL0206N  "COLX" is not valid in the context where it is used.  SQLSTATE=42703',
      ).code,
    ).toBe('COLUMN_DOES_NOT_EXIST_ERROR');
    expect(
      dialect.classifyError(
        'SQL0104N  An unexpected token "FORM" was found following "SELECT *".  SQLSTATE=42601',
      ).message,
    ).toBe(
      'Please check your query for syntax errors at or near "FORM". Then, try running your query again.',
    );
    expect(
      dialect.classifyError(
        'SQL0551N  "BOB" does not have the required authorization or privilege to perform operation "SELECT" on object "HR.PAY".',
      ).message,
    ).toBe('The database user "BOB" lacks a privilege this query needs.');
  });
});
