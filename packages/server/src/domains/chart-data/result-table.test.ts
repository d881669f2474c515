import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { columnTypesOf, typedFrameOf } from './result-table.js';

const result = {
  columns: [
    { name: 'ds', type: 'TIMESTAMP', genericType: GenericDataType.TEMPORAL },
    { name: 'name', type: null, genericType: null },
    { name: 'total', type: null, genericType: null },
    { name: 'flag', type: null, genericType: null },
    { name: 'empty', type: null, genericType: null },
  ],
  rows: [
    [new Date('2024-01-02T00:00:00Z'), 'a', 3, true, null],
    [null, 'b', 4.5, false, null],
  ],
};

describe('chart data rows', () => {
  it('keys rows by column name', () => {
    expect(typedFrameOf(result).frame.rows[1]).toEqual({
      ds: null,
      name: 'b',
      total: 4.5,
      flag: false,
      empty: null,
    });
  });

  it('types columns from the engine, then the dataset, then the values', () => {
    const typed = typedFrameOf(result, new Map([['name', GenericDataType.NUMERIC]]));
    expect(columnTypesOf(typed)).toEqual([
      GenericDataType.TEMPORAL,
      GenericDataType.NUMERIC,
      GenericDataType.NUMERIC,
      GenericDataType.BOOLEAN,
      GenericDataType.STRING,
    ]);
  });
});
