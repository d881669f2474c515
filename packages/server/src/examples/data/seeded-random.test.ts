import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';

function sequence(seed: number | string, length = 20): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, () => random.next());
}

describe('seededRandom', () => {
  it('yields the same sequence for the same seed, numeric or string', () => {
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence('flights')).toEqual(sequence('flights'));
  });

  it('yields different sequences for different seeds', () => {
    expect(sequence(1)).not.toEqual(sequence(2));
    expect(sequence('sales')).not.toEqual(sequence('sales2'));
  });

  it('keeps next, int and float within their ranges', () => {
    const random = seededRandom(7);
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const int = random.int(3, 6);
      expect(Number.isInteger(int)).toBe(true);
      ints.add(int);
      const float = random.float(-2, 2);
      expect(float).toBeGreaterThanOrEqual(-2);
      expect(float).toBeLessThan(2);
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks by weight and skews zipf indexes towards the head', () => {
    const random = seededRandom('weights');
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i += 1) counts[random.weightedPick(['a', 'b'] as const, [9, 1])] += 1;
    expect(counts.a / 4000).toBeGreaterThan(0.85);
    expect(counts.a / 4000).toBeLessThan(0.95);

    const zipf = Array.from({ length: 50 }, () => 0);
    for (let i = 0; i < 4000; i += 1) {
      const index = random.zipfIndex(50, 1.1);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(50);
      zipf[index] = (zipf[index] ?? 0) + 1;
    }
    expect(zipf[0]).toBeGreaterThan(zipf[10] ?? 0);
    expect(zipf.filter((count) => count > 0).length).toBeGreaterThan(30);
  });

  it('draws normals around the mean and shuffles without losing items', () => {
    const random = seededRandom(99);
    const samples = Array.from({ length: 4000 }, () => random.normal(10, 2));
    const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
    const sd = Math.sqrt(samples.reduce((sum, v) => sum + (v - mean) ** 2, 0) / samples.length);
    expect(mean).toBeCloseTo(10, 0);
    expect(sd).toBeGreaterThan(1.8);
    expect(sd).toBeLessThan(2.2);

    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = random.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(random.chance(0)).toBe(false);
    expect(random.chance(1)).toBe(true);
  });

  it('refuses to pick from nothing', () => {
    expect(() => seededRandom(1).pick([])).toThrow(RangeError);
  });
});
