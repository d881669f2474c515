import { describe, expect, it } from 'vitest';
import { nextGridIndex } from './gallery-navigation';

describe('gallery keyboard navigation', () => {
  it('moves by one across and by a row up and down, stopping at the edges', () => {
    expect(nextGridIndex('ArrowRight', 0, 10, 4)).toBe(1);
    expect(nextGridIndex('ArrowLeft', 0, 10, 4)).toBe(0);
    expect(nextGridIndex('ArrowDown', 1, 10, 4)).toBe(5);
    expect(nextGridIndex('ArrowDown', 8, 10, 4)).toBe(9);
    expect(nextGridIndex('ArrowUp', 5, 10, 4)).toBe(1);
    expect(nextGridIndex('End', 2, 10, 4)).toBe(9);
    expect(nextGridIndex('Home', 7, 10, 4)).toBe(0);
    expect(nextGridIndex('a', 7, 10, 4)).toBeUndefined();
    expect(nextGridIndex('ArrowRight', 0, 0, 4)).toBeUndefined();
  });
});
