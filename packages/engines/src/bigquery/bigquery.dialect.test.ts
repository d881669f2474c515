import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { BIGQUERY_SPEC } from './bigquery.spec.js';
import { BIGQUERY_DIALECT as dialect } from './bigquery.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('BigQuery dialect (golden SQL)', () => {
  it('offers Superset’s BigQuery grains, computed on TIMESTAMP', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT1M',
      'PT5M',
      'PT10M',
      'PT15M',
      'PT30M',
      'PT1H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
      '1969-12-29T00:00:00Z/P1W',
    ]);
    expect(dialect.timeGrainExpression('`ts`', 'PT1S')).toBe(
      'TIMESTAMP_SECONDS(UNIX_SECONDS(CAST(`ts` AS TIMESTAMP)))',
    );
    expect(dialect.timeGrainExpression('`ts`', 'PT5M')).toBe(
      'TIMESTAMP_SECONDS(5*60 * DIV(UNIX_SECONDS(CAST(`ts` AS TIMESTAMP)), 5*60))',
    );
    expect(dialect.timeGrainExpression('`ts`', 'P1D')).toBe(
      'TIMESTAMP_TRUNC(CAST(`ts` AS TIMESTAMP), DAY)',
    );
    expect(dialect.timeGrainExpression('`ts`', '1969-12-29T00:00:00Z/P1W')).toBe(
      'TIMESTAMP_TRUNC(CAST(`ts` AS TIMESTAMP), ISOWEEK)',
    );
  });

  it('writes CAST literals per type and TIMESTAMP_SECONDS / _MILLIS epochs', () => {
    expect(dialect.convertDttm('DATE', moment)).toBe("CAST('2019-01-02' AS DATE)");
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(
      "CAST('2019-01-02T03:04:05.678000' AS TIMESTAMP)",
    );
    expect(dialect.convertDttm('DATETIME', moment)).toBe(
      "CAST('2019-01-02T03:04:05.678000' AS DATETIME)",
    );
    expect(dialect.convertDttm('TIME', moment)).toBe("CAST('03:04:05.678000' AS TIME)");
    expect(dialect.convertDttm('STRING', moment)).toBeNull();
    expect(dialect.epochExpression('ts', 'epoch_s')).toBe('TIMESTAMP_SECONDS(ts)');
    expect(dialect.epochExpression('ts', 'epoch_ms')).toBe('TIMESTAMP_MILLIS(ts)');
  });

  it('quotes with backticks, escaping an embedded backtick with a backslash', () => {
    expect(dialect.quoteIdentifier('we`ird')).toBe('`we\\`ird`');
    expect(dialect.quoteTable({ catalog: 'my-project', schema: 'ds', table: 't' })).toBe(
      '`my-project`.`ds`.`t`',
    );
    expect(dialect.selectStar({ catalog: 'my-project', schema: 'ds', table: 't' }, 10)).toBe(
      'SELECT *\nFROM `my-project`.`ds`.`t`\nLIMIT 10',
    );
    expect(dialect.limitQuery('SELECT 1;', 5)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 5',
    );
  });

  it('maps BigQuery types', () => {
    expect(dialect.genericType('INT64')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('BIGNUMERIC')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('STRUCT<a INT64>')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('GEOGRAPHY')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('DATETIME')).toBe(GenericDataType.TEMPORAL);
    expect(dialect.genericType('BOOL')).toBe(GenericDataType.BOOLEAN);
  });

  it('classifies BigQuery’s messages', () => {
    expect(
      dialect.classifyError(
        'Access Denied: Project my-project: User does not have bigquery.jobs.create permission in project my-project.',
      ).code,
    ).toBe('CONNECTION_DATABASE_PERMISSIONS_ERROR');
    expect(
      dialect.classifyError(
        'Table name "events" missing dataset while no default dataset is set in the request.',
      ).message,
    ).toBe('The table "events" does not exist. A valid table must be used to run this query.');
    expect(
      dialect.classifyError('Not found: Table my-project:ds.nope was not found in location US')
        .code,
    ).toBe('TABLE_DOES_NOT_EXIST_ERROR');
    expect(dialect.classifyError('Unrecognized name: foo at [1:8]')).toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve column "foo" at line 1:8.',
    });
    expect(
      dialect.classifyError(
        'bigquery error: 404 Not found: Dataset my-project:nope was not found in location US',
      ).message,
    ).toBe('The schema "nope" does not exist. A valid schema must be used to run this query.');
    expect(
      dialect.classifyError('Syntax error: Expected end of input but got identifier "FORM"').code,
    ).toBe('SYNTAX_ERROR');
  });

  it('masks the service account key and takes credentials in the parameters form', () => {
    expect(BIGQUERY_SPEC.encryptedExtraSensitiveFields).toContain('credentials_info.private_key');
    expect(BIGQUERY_SPEC.parametersSchema?.required).toEqual(['credentials_info']);
  });
});
