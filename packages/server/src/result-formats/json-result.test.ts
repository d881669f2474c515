import { describe, expect, it } from 'vitest';
import { GenericDataType, toJsonResult } from './json-result.js';

describe('toJsonResult', () => {
  it('gives colnames, coltypes, data with epoch-millisecond dates, and rowcount', () => {
    const at = new Date('2024-01-01T00:00:00Z');
    const result = toJsonResult({
      columns: ['__timestamp', 'name', 'n', 'ok', 'empty'],
      rows: [
        { __timestamp: at, name: 'a', n: 1, ok: true, empty: null },
        { __timestamp: null, name: 'b', n: Number.NaN, ok: false, empty: null },
      ],
    });
    expect(result.coltypes).toEqual([
      GenericDataType.TEMPORAL,
      GenericDataType.STRING,
      GenericDataType.NUMERIC,
      GenericDataType.BOOLEAN,
      GenericDataType.STRING,
    ]);
    expect(result.data[0]).toEqual({
      __timestamp: at.getTime(),
      name: 'a',
      n: 1,
      ok: true,
      empty: null,
    });
    expect(result.data[1]?.n).toBeNull();
    expect(result.rowcount).toBe(2);
  });
});
