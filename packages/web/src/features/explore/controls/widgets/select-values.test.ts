import { describe, expect, it } from 'vitest';
import { hasNumericOptions, toOptionValue, withValues } from './select-values';

describe('select values', () => {
  it('reads numbers stored as text as the numeric options hold them', () => {
    const options = [
      { value: 10, label: '10' },
      { value: 100, label: '100' },
    ];
    expect(hasNumericOptions(options)).toBe(true);
    expect(toOptionValue('100', true)).toBe(100);
    expect(toOptionValue('abc', true)).toBe('abc');
    expect(toOptionValue('100', false)).toBe('100');
    expect(toOptionValue(null, true)).toBeUndefined();
    expect(withValues(options, [100, 1234]).map((option) => option.value)).toEqual([1234, 10, 100]);
  });
});
