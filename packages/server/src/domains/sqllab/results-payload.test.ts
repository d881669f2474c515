import { describe, expect, it } from 'vitest';
import { GenericDataType } from '@superset-ts/shared';
import { describeResultColumns, displayRows, uniqueColumnNames } from './results-payload.js';

describe('SQL Lab result payloads', () => {
  it('keeps every column when names repeat', () => {
    expect(uniqueColumnNames(['a', 'a', 'b', 'a', 'a__1'])).toEqual([
      'a',
      'a__2',
      'b',
      'a__3',
      'a__1',
    ]);
  });

  it('describes columns with their generic type and marks temporal ones', () => {
    const columns = describeResultColumns([
      { name: 'n', type: 'INT4', genericType: GenericDataType.NUMERIC },
      { name: 'at', type: 'TIMESTAMP', genericType: GenericDataType.TEMPORAL },
    ]);
    expect(columns).toEqual([
      { column_name: 'n', name: 'n', type: 'INT4', type_generic: 0, is_dttm: false },
      { column_name: 'at', name: 'at', type: 'TIMESTAMP', type_generic: 2, is_dttm: true },
    ]);
  });

  it('keys rows by column name and says when the display cut them', () => {
    const columns = describeResultColumns([
      { name: 'x', type: null, genericType: null },
      { name: 'x', type: null, genericType: null },
    ]);
    const shown = displayRows(
      {
        columns,
        rows: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      },
      2,
    );
    expect(shown).toEqual({
      data: [
        { x: 1, x__1: 2 },
        { x: 3, x__1: 4 },
      ],
      isCut: true,
    });
    expect(displayRows({ columns, rows: [[1, 2]] }, 2).isCut).toBe(false);
  });
});
