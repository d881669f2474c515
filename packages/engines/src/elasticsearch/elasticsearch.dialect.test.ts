import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { ELASTICSEARCH_SPEC } from './elasticsearch.spec.js';
import { ELASTICSEARCH_DIALECT as dialect } from './elasticsearch.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Elasticsearch SQL dialect (golden SQL)', () => {
  it('truncates with DATE_TRUNC at every grain Superset offers', () => {
    expect(dialect.timeGrains()).toEqual(['PT1S', 'PT1M', 'PT1H', 'P1D', 'P1W', 'P1M', 'P1Y']);
    expect(dialect.timeGrainExpression('"@timestamp"', 'PT1H')).toBe(
      `DATE_TRUNC('hour', "@timestamp")`,
    );
    expect(dialect.timeGrainExpression('"@timestamp"', 'P1W')).toBe(
      `DATE_TRUNC('week', "@timestamp")`,
    );
  });

  it('writes DATETIME literals, none for DATE, and millisecond-based epochs', () => {
    expect(dialect.convertDttm('DATETIME', moment)).toBe("CAST('2019-01-02T03:04:05' AS DATETIME)");
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(
      "CAST('2019-01-02T03:04:05' AS DATETIME)",
    );
    expect(dialect.convertDttm('DATE', moment)).toBeNull();
    expect(dialect.convertDttm('KEYWORD', moment)).toBeNull();
    expect(dialect.epochExpression('"t"', 'epoch_s')).toBe('CAST("t" * 1000 AS DATETIME)');
    expect(dialect.epochExpression('"t"', 'epoch_ms')).toBe('CAST("t" AS DATETIME)');
  });

  it('parses moments with DATETIME_PARSE from Elasticsearch 7.8 on (extra.version)', () => {
    const select = (version: string | undefined) => {
      const versioned = ELASTICSEARCH_SPEC.dialectForVersion?.(version);
      if (!versioned) throw new Error('Elasticsearch has no versioned dialect');
      return versioned;
    };
    expect(select('7.10.2').convertDttm('DATETIME', moment)).toBe(
      "DATETIME_PARSE('2019-01-02 03:04:05', 'yyyy-MM-dd HH:mm:ss')",
    );
    expect(select('7.7').convertDttm('DATETIME', moment)).toBe(
      "CAST('2019-01-02T03:04:05' AS DATETIME)",
    );
    expect(select(undefined).convertDttm('DATETIME', moment)).toBe(
      "CAST('2019-01-02T03:04:05' AS DATETIME)",
    );
    expect(select('8.1').convertDttm('DATE', moment)).toBeNull();
  });

  it('quotes index patterns as identifiers', () => {
    expect(dialect.quoteIdentifier('logs-*')).toBe('"logs-*"');
    expect(dialect.quoteIdentifier('we"ird')).toBe('"we""ird"');
    expect(dialect.selectStar({ table: 'logs-*' }, 100)).toBe('SELECT *\nFROM "logs-*"\nLIMIT 100');
  });

  it('limits with a trailing LIMIT, never a subquery, and never above the row limit', () => {
    expect(dialect.limitQuery('SELECT * FROM "logs-*";', 1000)).toBe(
      'SELECT * FROM "logs-*"\nLIMIT 1000',
    );
    expect(dialect.limitQuery('SELECT host FROM "logs-*" LIMIT 50000', 1000)).toBe(
      'SELECT host FROM "logs-*" LIMIT 1000',
    );
    expect(dialect.limitQuery('SELECT host FROM "logs-*" limit 10', 1000)).toBe(
      'SELECT host FROM "logs-*" limit 10',
    );
    expect(dialect.limitQuery(`SELECT msg FROM "logs-*" WHERE msg = 'LIMIT 5'`, 100)).toBe(
      `SELECT msg FROM "logs-*" WHERE msg = 'LIMIT 5'\nLIMIT 100`,
    );
    expect(dialect.limitQuery('SELECT a FROM "x" -- LIMIT 5', 100)).toBe(
      'SELECT a FROM "x" -- LIMIT 5\nLIMIT 100',
    );
    expect(dialect.limitQuery('SELECT * FROM "logs-*"', 100)).not.toMatch(/inner_qry/);
  });

  it('maps Elasticsearch field types', () => {
    expect(dialect.genericType('keyword')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('text')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('long')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('scaled_float')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('datetime')).toBe(GenericDataType.TEMPORAL);
    expect(dialect.genericType('boolean')).toBe(GenericDataType.BOOLEAN);
  });

  it('classifies Elasticsearch SQL’s messages', () => {
    expect(
      dialect.classifyError('Found 1 problem\nline 1:15: Unknown index [nope-*]'),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The index "nope-*" does not exist. A valid index or index pattern must be used to run this query.',
    });
    expect(dialect.classifyError('line 1:8: Unknown column [hots]').code).toBe(
      'COLUMN_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError("line 1:10: mismatched input 'FORM' expecting <EOF>").code).toBe(
      'SYNTAX_ERROR',
    );
    expect(
      dialect.classifyError('unable to authenticate user [elastic] for REST request [/_sql]'),
    ).toMatchObject({
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Either the username "elastic" or the password is incorrect.',
    });
    expect(
      dialect.classifyError('action [indices:data/read/sql] is unauthorized for user [bob]').code,
    ).toBe('CONNECTION_DATABASE_PERMISSIONS_ERROR');
  });

  it('has no joins, subqueries or schemas', () => {
    expect(ELASTICSEARCH_SPEC.capabilities).toMatchObject({
      joins: false,
      subqueries: false,
      schemas: false,
    });
  });
});
