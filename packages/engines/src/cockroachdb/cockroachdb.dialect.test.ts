import { describe, expect, it } from 'vitest';
import { COCKROACHDB_DIALECT as dialect } from './cockroachdb.dialect.js';
import { COCKROACHDB_SPEC } from './cockroachdb.spec.js';

describe('CockroachDB dialect (golden SQL)', () => {
  it("truncates with PostgreSQL's grains", () => {
    expect(dialect.timeGrains()).toHaveLength(14);
    expect(dialect.timeGrainExpression('"ds"', 'P1M')).toBe(`DATE_TRUNC('month', "ds")`);
    expect(dialect.timeGrainExpression('"ds"', 'PT30S')).toBe(
      `DATE_TRUNC('minute', "ds") + INTERVAL '30 seconds' * FLOOR(EXTRACT(SECOND FROM "ds") / 30)`,
    );
    expect(dialect.epochExpression('"ts"', 'epoch_ms')).toBe(
      `(timestamp 'epoch' + ("ts"/1000) * interval '1 second')`,
    );
  });

  it('compares moments with plain literals, also against text columns', () => {
    const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));
    expect(dialect.convertDttm('DATE', moment)).toBe(`'2019-01-02'`);
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(`'2019-01-02 03:04:05'`);
    expect(dialect.convertDttm('TIMESTAMP WITH TIME ZONE', moment)).toBe(`'2019-01-02 03:04:05'`);
    expect(dialect.convertDttm('STRING', moment)).toBe(`'2019-01-02 03:04:05'`);
    expect(dialect.convertDttm('VARCHAR(10)', moment)).toBe(`'2019-01-02 03:04:05'`);
    expect(dialect.convertDttm('INT', moment)).toBeNull();
  });

  it('quotes, maps types and classifies errors like PostgreSQL', () => {
    expect(dialect.quoteTable({ table: 'a"b', schema: 'public' })).toBe('"public"."a""b"');
    expect(dialect.genericType('jsonb')).toBe(1);
    expect(dialect.genericType('int8')).toBe(0);
    expect(dialect.classifyError('database "nope" does not exist').code).toBe(
      'CONNECTION_UNKNOWN_DATABASE_ERROR',
    );
  });

  it('is the cockroachdb:// engine, without cancel by id', () => {
    expect(COCKROACHDB_SPEC).toMatchObject({
      engine: 'cockroachdb',
      backends: ['cockroachdb'],
      defaultPort: 26257,
      tested: 'dialect',
      capabilities: { cancel: false },
    });
  });
});
