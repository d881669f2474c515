import { describe, expect, it } from 'vitest';
import { chartCacheKey, type ChartCacheKeyParts } from './chart-cache-key.js';
import { normalizeSqlForCacheKey } from './normalized-sql.js';

const base: ChartCacheKeyParts = {
  sql: 'SELECT a, SUM(n) AS total FROM t GROUP BY a',
  databaseId: 1,
  datasetId: 7,
  datasetChangedOn: '2024-01-01T00:00:00.000Z',
  rlsPredicates: [],
  templateExtras: [],
  postProcessing: [],
  timeOffsets: [],
  timeOffsetSql: [],
  resultType: 'full',
  userKey: null,
};

describe('normalizeSqlForCacheKey', () => {
  it('collapses layout but keeps quoted text exactly', () => {
    expect(normalizeSqlForCacheKey("  SELECT  a\n\tFROM t WHERE b = 'x  y'  ")).toBe(
      "SELECT a FROM t WHERE b = 'x  y'",
    );
  });
});

describe('chartCacheKey', () => {
  it('is a sha256 hex digest that ignores SQL layout', () => {
    const key = chartCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(chartCacheKey({ ...base, sql: `\n${base.sql.replace(/ /g, '   ')}\n` })).toBe(key);
  });

  it('changes with anything that changes the answer', () => {
    const key = chartCacheKey(base);
    const variants: Partial<ChartCacheKeyParts>[] = [
      { sql: "SELECT a FROM t WHERE b = 'x  y'" },
      { datasetChangedOn: '2024-02-01T00:00:00.000Z' },
      { datasetId: 8 },
      { databaseId: 2 },
      { rlsPredicates: ["region = 'EU'"] },
      { templateExtras: ['alice'] },
      { postProcessing: [{ operation: 'pivot', options: {} }] },
      { timeOffsets: ['1 year ago'] },
      { resultType: 'samples' },
      { userKey: 'alice' },
    ];
    for (const variant of variants) expect(chartCacheKey({ ...base, ...variant })).not.toBe(key);
  });

  it('does not depend on the order of RLS predicates or object keys', () => {
    const a = chartCacheKey({
      ...base,
      rlsPredicates: ['x = 1', 'y = 2'],
      postProcessing: [{ operation: 'sort', options: { by: 'a', ascending: true } }],
    });
    const b = chartCacheKey({
      ...base,
      rlsPredicates: ['y = 2', 'x = 1'],
      postProcessing: [{ options: { ascending: true, by: 'a' }, operation: 'sort' }],
    });
    expect(a).toBe(b);
  });

  it('uses md5 when HASH_ALGORITHM says so', () => {
    expect(chartCacheKey(base, 'md5')).toMatch(/^[0-9a-f]{32}$/);
  });
});
