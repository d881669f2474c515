import { describe, expect, it } from 'vitest';
import { lastProfileMs, MariaDbProfileError } from './mariadb-client-floor.js';

describe("the mariadb client's profile", () => {
  it("reads the last statement's duration after the result rows", () => {
    const output = 'A\t13629\nB\t13692\n1\t0.12242078\tSELECT vendor, count(*) FROM trips\n';
    expect(lastProfileMs(output)).toBeCloseTo(122.42078, 6);
  });

  it('refuses output without a profile row', () => {
    expect(() => lastProfileMs('')).toThrow(MariaDbProfileError);
    expect(() => lastProfileMs('ERROR 1064 (42000): syntax')).toThrow(MariaDbProfileError);
  });
});
