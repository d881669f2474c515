import { describe, expect, it } from 'vitest';
import { readBoolean, readCount, readTimestamp, toDbTimestamp } from './metadata-values.js';

describe('metadata value convention', () => {
  it('writes a Date as UTC text and reads it back unchanged', () => {
    const date = new Date('2024-12-31T23:59:58.250Z');
    expect(toDbTimestamp(date)).toBe('2024-12-31 23:59:58.250');
    expect(readTimestamp(toDbTimestamp(date))).toEqual(date);
  });

  it('reads timestamps as each backend returns them', () => {
    expect(readTimestamp('2024-01-02 03:04:05')).toEqual(new Date('2024-01-02T03:04:05Z'));
    expect(readTimestamp('2024-01-02 03:04:05.1')).toEqual(new Date('2024-01-02T03:04:05.100Z'));
    expect(readTimestamp(null)).toBeNull();
  });

  it('reads booleans stored as 1/0', () => {
    expect([readBoolean(1), readBoolean(0), readBoolean(true), readBoolean(false)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('reads counts returned as text', () => {
    expect(readCount('12')).toBe(12);
    expect(readCount(3n)).toBe(3);
  });
});
