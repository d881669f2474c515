import { describe, expect, it } from 'vitest';
import { REDSHIFT_DIALECT as dialect } from './redshift.dialect.js';
import { REDSHIFT_SPEC } from './redshift.spec.js';

describe('Redshift dialect (golden SQL)', () => {
  it("truncates with PostgreSQL's grains", () => {
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
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
    ]);
    expect(dialect.timeGrainExpression('"ds"', 'P1W')).toBe(`DATE_TRUNC('week', "ds")`);
    expect(dialect.timeGrainExpression('"ds"', 'PT15M')).toBe(
      `DATE_TRUNC('hour', "ds") + INTERVAL '15 minutes' * FLOOR(EXTRACT(MINUTE FROM "ds") / 15)`,
    );
  });

  it('converts epochs and moments like PostgreSQL', () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe(
      `(timestamp 'epoch' + "ts" * interval '1 second')`,
    );
    const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));
    expect(dialect.convertDttm('DATE', moment)).toBe(`TO_DATE('2019-01-02', 'YYYY-MM-DD')`);
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(
      `TO_TIMESTAMP('2019-01-02 03:04:05.678000', 'YYYY-MM-DD HH24:MI:SS.US')`,
    );
    expect(dialect.convertDttm('VARCHAR', moment)).toBeNull();
  });

  it('quotes, limits and accepts labels of 127 characters', () => {
    expect(dialect.quoteTable({ table: 'sales', schema: 'public' })).toBe('"public"."sales"');
    expect(dialect.limitQuery('SELECT 1', 5)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 5',
    );
    expect(dialect.maxColumnNameLength).toBe(127);
  });

  it('maps native types to generic ones', () => {
    expect(dialect.genericType('double precision')).toBe(0);
    expect(dialect.genericType('int8')).toBe(0);
    expect(dialect.genericType('character varying(256)')).toBe(1);
    expect(dialect.genericType('super')).toBe(1);
    expect(dialect.genericType('timestamptz')).toBe(2);
    expect(dialect.genericType('boolean')).toBe(3);
  });

  it("classifies Redshift's messages", () => {
    expect(dialect.classifyError('password authentication failed for user "bob"')).toMatchObject({
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Either the username "bob" or the password is incorrect.',
    });
    expect(
      dialect.classifyError(
        'could not translate host name "nope.example" to address: nodename nor servname provided, or not known',
      ),
    ).toMatchObject({
      code: 'CONNECTION_INVALID_HOSTNAME_ERROR',
      message: 'The hostname "nope.example" cannot be resolved.',
    });
    const refused =
      'could not connect to server: Connection refused\n\tIs the server running on host "db.example" (10.0.0.2) and accepting\n\tTCP/IP connections on port 5439?';
    expect(dialect.classifyError(refused)).toMatchObject({
      code: 'CONNECTION_PORT_CLOSED_ERROR',
      message: 'Port 5439 on hostname "db.example" refused the connection.',
    });
    const down =
      'could not connect to server: Operation timed out\n\tIs the server running on host "db.example" (10.0.0.2) and accepting\n\tTCP/IP connections on port 5439?';
    expect(dialect.classifyError(down)).toMatchObject({
      code: 'CONNECTION_HOST_DOWN_ERROR',
      message: 'The host "db.example" might be down, and can\'t be reached on port 5439.',
    });
    expect(dialect.classifyError('database "dev2" does not exist')).toMatchObject({
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message:
        'We were unable to connect to your database named "dev2". Please verify your database name and try again.',
    });
    expect(dialect.classifyError('connect ECONNREFUSED 10.0.0.2:5439').code).toBe(
      'CONNECTION_PORT_CLOSED_ERROR',
    );
  });

  it('is the redshift:// engine on port 5439, cancelling by pid', () => {
    expect(REDSHIFT_SPEC).toMatchObject({
      engine: 'redshift',
      backends: ['redshift'],
      drivers: ['psycopg2', 'redshift_connector'],
      defaultPort: 5439,
      tested: 'dialect',
      capabilities: { cancel: true },
    });
  });
});
