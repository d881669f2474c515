import { describe, expect, it } from 'vitest';
import { PRESTO_SPEC } from './presto.spec.js';
import { PRESTO_DIALECT as dialect, prestoDialectForVersion } from './presto.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Presto dialect (golden SQL)', () => {
  it('offers every grain of Superset’s Presto base spec', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT5S',
      'PT30S',
      'PT1M',
      'PT5M',
      'PT10M',
      'PT15M',
      'PT30M',
      'PT1H',
      'PT6H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
      '1969-12-28T00:00:00Z/P1W',
      '1969-12-29T00:00:00Z/P1W',
      'P1W/1970-01-03T00:00:00Z',
      'P1W/1970-01-04T00:00:00Z',
    ]);
    expect(dialect.timeGrainExpression('"ds"', 'P1D')).toBe(
      `date_trunc('day', CAST("ds" AS TIMESTAMP))`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'PT5M')).toBe(
      `date_trunc('minute', CAST("ds" AS TIMESTAMP)) - interval '1' minute * (minute(CAST("ds" AS TIMESTAMP)) % 5)`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'PT6H')).toBe(
      `date_trunc('hour', CAST("ds" AS TIMESTAMP)) - interval '1' hour * (hour(CAST("ds" AS TIMESTAMP)) % 6)`,
    );
    expect(dialect.timeGrainExpression('"ds"', '1969-12-28T00:00:00Z/P1W')).toBe(
      `date_trunc('week', CAST("ds" AS TIMESTAMP) + interval '1' day) - interval '1' day`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'P1W/1970-01-04T00:00:00Z')).toBe(
      `date_trunc('week', CAST("ds" AS TIMESTAMP)) + interval '6' day`,
    );
    expect(() => dialect.timeGrainExpression('"ds"', 'P0.25Y')).toThrow(/no time grain P0.25Y/);
  });

  it('writes typed literals and epoch conversions', () => {
    expect(dialect.convertDttm('DATE', moment)).toBe(`DATE '2019-01-02'`);
    expect(dialect.convertDttm('TIMESTAMP(3)', moment)).toBe(
      `TIMESTAMP '2019-01-02 03:04:05.678000'`,
    );
    expect(dialect.convertDttm('timestamp with time zone', moment)).toBe(
      `TIMESTAMP '2019-01-02 03:04:05.678000'`,
    );
    expect(dialect.convertDttm('VARCHAR', moment)).toBeNull();
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe('from_unixtime("ts")');
    expect(dialect.epochExpression('"ts"', 'epoch_ms')).toBe('from_unixtime(("ts"/1000))');
  });

  it('quotes catalog, schema and table, and limits by wrapping', () => {
    expect(dialect.quoteTable({ catalog: 'hive', schema: 'default', table: 'we"ird' })).toBe(
      '"hive"."default"."we""ird"',
    );
    expect(dialect.selectStar({ schema: 'default', table: 'logs' }, 5)).toBe(
      'SELECT *\nFROM "default"."logs"\nLIMIT 5',
    );
    expect(dialect.limitQuery('SELECT a FROM t ORDER BY a;', 10)).toBe(
      'SELECT *\nFROM (\nSELECT a FROM t ORDER BY a\n) AS inner_qry\nLIMIT 10',
    );
  });

  it('maps Presto types, including nested ones', () => {
    expect(dialect.genericType('tinyint')).toBe(0);
    expect(dialect.genericType('decimal(10,2)')).toBe(0);
    expect(dialect.genericType('varchar(20)')).toBe(1);
    expect(dialect.genericType('row(a bigint, b varchar)')).toBe(1);
    expect(dialect.genericType('map(varchar, integer)')).toBe(1);
    expect(dialect.genericType('timestamp(3) with time zone')).toBe(2);
    expect(dialect.genericType('interval day to second')).toBe(2);
    expect(dialect.genericType('boolean')).toBe(3);
  });

  it('classifies the messages Presto produces', () => {
    expect(dialect.classifyError("line 1:8: Column 'nope' cannot be resolved")).toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "nope" at line 1:8.',
    });
    expect(
      dialect.classifyError('line 1:15: Table hive.default.nope does not exist'),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "hive.default.nope" does not exist. A valid table must be used to run this query.',
    });
    expect(dialect.classifyError("line 1:15: Schema 'nope' does not exist").code).toBe(
      'SCHEMA_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError("line 1:15: Catalog 'lake' does not exist")).toMatchObject({
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'Unable to connect to catalog named "lake".',
    });
    expect(dialect.classifyError('Access Denied: Invalid credentials').code).toBe(
      'CONNECTION_ACCESS_DENIED_ERROR',
    );
    expect(
      dialect.classifyError("line 1:1: mismatched input 'SELEC'. Expecting: 'SELECT'"),
    ).toMatchObject({
      code: 'SYNTAX_ERROR',
      message: expect.stringContaining('"SELEC"') as string,
    });
    expect(dialect.classifyError('Query exceeded maximum time limit of 1.00m')).toMatchObject({
      code: 'QUERY_TIMEOUT_ERROR',
      message: 'The query ran longer than the engine allows (1.00m) and was stopped.',
    });
    expect(dialect.classifyError('Query was canceled').code).toBe('QUERY_CANCELLED_ERROR');
    expect(dialect.classifyError('connect ECONNREFUSED 10.0.0.1:8080').code).toBe(
      'CONNECTION_PORT_CLOSED_ERROR',
    );
  });
});

describe('Presto SQL by server version (extra.version)', () => {
  const ref = { schema: 'web', table: 'events' };
  const latest = { limit: 1, orderBy: [{ column: 'ds', descending: true }] };

  it('lists partitions with SHOW PARTITIONS before 0.199', () => {
    expect(PRESTO_SPEC.dialectForVersion('0.198').partitionQuery(ref, latest)).toBe(
      'SHOW PARTITIONS FROM "web"."events"\nORDER BY "ds" DESC\nLIMIT 1',
    );
  });

  it('reads the $partitions table from 0.199 on, and when the version is unknown', () => {
    const expected = 'SELECT * FROM "web"."events$partitions"\nORDER BY "ds" DESC\nLIMIT 1';
    expect(PRESTO_SPEC.dialectForVersion('0.199').partitionQuery(ref, latest)).toBe(expected);
    expect(PRESTO_SPEC.dialectForVersion(undefined).partitionQuery(ref, latest)).toBe(expected);
    expect(PRESTO_SPEC.dialectForVersion('350-e.6').partitionQuery(ref, latest)).toBe(expected);
  });

  it('filters partitions with escaped literals', () => {
    expect(PRESTO_SPEC.dialect.partitionQuery(ref, { filters: { event_type: "o'click" } })).toBe(
      `SELECT * FROM "web"."events$partitions"\nWHERE "event_type" = 'o''click'`,
    );
  });

  it('estimates cost only from 0.319 on, as Superset does', () => {
    expect(PRESTO_SPEC.dialectForVersion('0.318').costEstimateQuery('SELECT 1')).toBeNull();
    expect(PRESTO_SPEC.dialectForVersion(undefined).costEstimateQuery('SELECT 1')).toBeNull();
    expect(PRESTO_SPEC.dialectForVersion('0.319').costEstimateQuery('SELECT 1;')).toBe(
      'EXPLAIN (TYPE IO, FORMAT JSON) SELECT 1',
    );
    expect(prestoDialectForVersion('0.330').timeGrains()).toEqual(dialect.timeGrains());
  });
});
