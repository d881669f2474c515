import { describe, expect, it } from 'vitest';
import { POSTGRES_DIALECT as dialect } from './postgres.dialect.js';

describe('PostgreSQL dialect (golden SQL)', () => {
  it('truncates to every grain Superset offers for PostgreSQL', () => {
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
    expect(dialect.timeGrainExpression('"ds"', 'P1M')).toBe(`DATE_TRUNC('month', "ds")`);
    expect(dialect.timeGrainExpression('"ds"', 'PT5M')).toBe(
      `DATE_TRUNC('hour', "ds") + INTERVAL '5 minutes' * FLOOR(EXTRACT(MINUTE FROM "ds") / 5)`,
    );
    expect(dialect.timeGrainExpression('"ds"', null)).toBe('"ds"');
    expect(() => dialect.timeGrainExpression('"ds"', 'PT6H')).toThrow(/no time grain PT6H/);
  });

  it('converts epochs and moments to PostgreSQL literals', () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe(
      `(timestamp 'epoch' + "ts" * interval '1 second')`,
    );
    expect(dialect.epochExpression('"ts"', 'epoch_ms')).toBe(
      `(timestamp 'epoch' + ("ts"/1000) * interval '1 second')`,
    );
    const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));
    expect(dialect.convertDttm('DATE', moment)).toBe(`TO_DATE('2019-01-02', 'YYYY-MM-DD')`);
    expect(dialect.convertDttm('TIMESTAMP WITH TIME ZONE', moment)).toBe(
      `TO_TIMESTAMP('2019-01-02 03:04:05.678000', 'YYYY-MM-DD HH24:MI:SS.US')`,
    );
    expect(dialect.convertDttm('TEXT', moment)).toBeNull();
  });

  it('quotes identifiers, escaping embedded quotes, and limits by wrapping', () => {
    expect(dialect.quoteTable({ table: 'birth"names', schema: 'public' })).toBe(
      '"public"."birth""names"',
    );
    expect(dialect.selectStar({ table: 'birth_names', schema: 'public' })).toBe(
      'SELECT *\nFROM "public"."birth_names"\nLIMIT 100',
    );
    expect(dialect.limitQuery('SELECT 1;', 10)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 10',
    );
  });

  it('maps native types to generic ones', () => {
    expect(dialect.genericType('double precision')).toBe(0);
    expect(dialect.genericType('character varying(255)')).toBe(1);
    expect(dialect.genericType('timestamp without time zone')).toBe(2);
    expect(dialect.genericType('boolean')).toBe(3);
    expect(dialect.genericType('jsonb')).toBe(1);
  });

  it('classifies the messages PostgreSQL and the network produce', () => {
    expect(dialect.classifyError('password authentication failed for user "bob"')).toMatchObject({
      code: 'CONNECTION_INVALID_PASSWORD_ERROR',
      message: 'The password provided for username "bob" is incorrect.',
    });
    expect(dialect.classifyError('database "nope" does not exist').code).toBe(
      'CONNECTION_UNKNOWN_DATABASE_ERROR',
    );
    expect(dialect.classifyError('connect ECONNREFUSED 127.0.0.1:5999')).toMatchObject({
      code: 'CONNECTION_PORT_CLOSED_ERROR',
      message: 'Port 5999 on hostname "127.0.0.1" refused the connection.',
    });
    expect(dialect.classifyError('getaddrinfo ENOTFOUND no.such.host').code).toBe(
      'CONNECTION_INVALID_HOSTNAME_ERROR',
    );
    const generic = dialect.classifyError('boom at postgresql://u:hunter22@h/db', ['hunter22']);
    expect(generic.code).toBe('GENERIC_DB_ENGINE_ERROR');
    expect(generic.message).not.toContain('hunter22');
  });
});
