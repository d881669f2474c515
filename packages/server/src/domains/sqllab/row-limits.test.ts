import { describe, expect, it } from 'vitest';
import { boundQueryLimit, limitingFactorFor } from './row-limits.js';

describe('SQL Lab row limits', () => {
  it('bounds the editor limit by SQL_MAX_ROW and uses SQL_MAX_ROW when none is sent', () => {
    expect(boundQueryLimit(500, 1000)).toBe(500);
    expect(boundQueryLimit(5000, 1000)).toBe(1000);
    expect(boundQueryLimit(undefined, 1000)).toBe(1000);
  });

  it("names the limit that wins, as Superset's limiting factor", () => {
    expect(limitingFactorFor(null, 100)).toEqual({ limit: 100, factor: 'DROPDOWN' });
    expect(limitingFactorFor(200, 100)).toEqual({ limit: 100, factor: 'DROPDOWN' });
    expect(limitingFactorFor(10, 100)).toEqual({ limit: 10, factor: 'QUERY' });
    expect(limitingFactorFor(100, 100)).toEqual({ limit: 100, factor: 'QUERY_AND_DROPDOWN' });
  });
});
