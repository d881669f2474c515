import { describe, expect, it } from 'vitest';
import { TRINO_DIALECT as dialect } from './trino.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Trino dialect (golden SQL)', () => {
  it('truncates with the Presto family’s grains', () => {
    expect(dialect.timeGrains()).toHaveLength(19);
    expect(dialect.timeGrainExpression('"ts"', 'P1M')).toBe(
      `date_trunc('month', CAST("ts" AS TIMESTAMP))`,
    );
    expect(dialect.timeGrainExpression('"ts"', 'PT30S')).toBe(
      `date_trunc('second', CAST("ts" AS TIMESTAMP)) - interval '1' second * (second(CAST("ts" AS TIMESTAMP)) % 30)`,
    );
    expect(dialect.timeGrainExpression('"ts"', 'P1W/1970-01-03T00:00:00Z')).toBe(
      `date_trunc('week', CAST("ts" AS TIMESTAMP) + interval '1' day) + interval '5' day`,
    );
  });

  it('writes DATE and TIMESTAMP literals and epochs', () => {
    expect(dialect.convertDttm('date', moment)).toBe(`DATE '2019-01-02'`);
    expect(dialect.convertDttm('timestamp(6)', moment)).toBe(
      `TIMESTAMP '2019-01-02 03:04:05.678000'`,
    );
    expect(dialect.convertDttm('bigint', moment)).toBeNull();
    expect(dialect.epochExpression('ts', 'epoch_ms')).toBe('from_unixtime((ts/1000))');
  });

  it('quotes, limits and builds partition and cost SQL', () => {
    expect(dialect.quoteIdentifier('a"b')).toBe('"a""b"');
    expect(dialect.selectStar({ catalog: 'hive', schema: 's', table: 't' })).toBe(
      'SELECT *\nFROM "hive"."s"."t"\nLIMIT 100',
    );
    expect(dialect.limitQuery('SELECT 1', 3)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 3',
    );
    expect(dialect.partitionQuery({ schema: 's', table: 't' }, { limit: 1 })).toBe(
      'SELECT * FROM "s"."t$partitions"\nLIMIT 1',
    );
    expect(dialect.costEstimateQuery('SELECT 1')).toBe('EXPLAIN (TYPE IO, FORMAT JSON) SELECT 1');
  });

  it('maps Trino types', () => {
    expect(dialect.genericType('bigint')).toBe(0);
    expect(dialect.genericType('varchar')).toBe(1);
    expect(dialect.genericType('array(varchar)')).toBe(1);
    expect(dialect.genericType('time(3)')).toBe(2);
    expect(dialect.genericType('boolean')).toBe(3);
  });

  it('classifies Trino’s messages, refused credentials first', () => {
    expect(dialect.classifyError("error 401: b'Invalid credentials'").code).toBe(
      'CONNECTION_ACCESS_DENIED_ERROR',
    );
    expect(dialect.classifyError("line 1:15: Table 'hive.web.nope' does not exist")).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: expect.stringContaining('"hive.web.nope"') as string,
    });
    expect(dialect.classifyError("line 3:7: Column 'x' cannot be resolved").code).toBe(
      'COLUMN_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError("Catalog 'lake' not found").code).toBe(
      'CONNECTION_UNKNOWN_DATABASE_ERROR',
    );
    expect(dialect.classifyError('Query killed. Message: Query cancelled').code).toBe(
      'QUERY_CANCELLED_ERROR',
    );
  });
});
