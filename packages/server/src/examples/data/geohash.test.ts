import { describe, expect, it } from 'vitest';
import { decodeGeohash, encodeGeohash } from './geohash.js';

describe('geohash', () => {
  it('encodes the standard examples', () => {
    expect(encodeGeohash(57.64911, 10.40744, 11)).toBe('u4pruydqqvj');
    expect(encodeGeohash(37.7749, -122.4194, 5)).toBe('9q8yy');
  });

  it('decodes to within the cell of the point', () => {
    const { latitude, longitude } = decodeGeohash(encodeGeohash(37.76, -122.45, 9));
    expect(Math.abs(latitude - 37.76)).toBeLessThan(0.0001);
    expect(Math.abs(longitude + 122.45)).toBeLessThan(0.0001);
  });
});
