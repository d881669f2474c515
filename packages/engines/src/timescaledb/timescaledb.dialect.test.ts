import { describe, expect, it } from 'vitest';
import { TIMESCALEDB_SPEC } from './timescaledb.spec.js';

describe('TimescaleDB dialect (golden SQL)', () => {
  it("writes PostgreSQL's SQL under its own backend", () => {
    const dialect = TIMESCALEDB_SPEC.dialect;
    expect(dialect.timeGrainExpression('"time"', 'PT10M')).toBe(
      `DATE_TRUNC('hour', "time") + INTERVAL '10 minutes' * FLOOR(EXTRACT(MINUTE FROM "time") / 10)`,
    );
    expect(dialect.convertDttm('TIMESTAMPTZ', new Date(Date.UTC(2021, 11, 31, 23, 59, 59)))).toBe(
      `TO_TIMESTAMP('2021-12-31 23:59:59.000000', 'YYYY-MM-DD HH24:MI:SS.US')`,
    );
    expect(TIMESCALEDB_SPEC).toMatchObject({ engine: 'timescaledb', backends: ['timescaledb'] });
  });
});
