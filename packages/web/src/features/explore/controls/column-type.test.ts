import { describe, expect, it } from 'vitest';
import { columnTypeOf, isTemporalColumn } from './column-type';
import { buildColumn } from './testing/build-dataset';

describe('column types', () => {
  it('reads the generic type first, then the datetime mark, then the database type', () => {
    expect(columnTypeOf(buildColumn({ type: 'TEXT', type_generic: 0 }))).toBe('numeric');
    expect(columnTypeOf(buildColumn({ type: 'VARCHAR', type_generic: null, is_dttm: true }))).toBe(
      'temporal',
    );
    const typed = (type: string) => buildColumn({ type, type_generic: null });
    expect(columnTypeOf(typed('BIGINT'))).toBe('numeric');
    expect(columnTypeOf(typed('Nullable(UInt64)'))).toBe('numeric');
    expect(columnTypeOf(typed('DECIMAL(10,2)'))).toBe('numeric');
    expect(columnTypeOf(typed('TIMESTAMP WITHOUT TIME ZONE'))).toBe('temporal');
    expect(columnTypeOf(typed('BOOLEAN'))).toBe('boolean');
    expect(columnTypeOf(typed('VARCHAR(255)'))).toBe('string');
    expect(columnTypeOf(typed('POINT'))).toBe('unknown');
    expect(isTemporalColumn(typed('DATE'))).toBe(true);
  });
});
