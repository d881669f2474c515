import { describe, expect, it } from 'vitest';
import { decodeCachePayload, encodeCachePayload } from './cache-payload-codec.js';

describe('cached payload encoding', () => {
  it('round-trips result payloads through MessagePack with dates kept as dates', () => {
    const payload = {
      colnames: ['ds', 'value', 'name'],
      data: [
        { ds: new Date('2024-05-06T07:08:09.010Z'), value: 1.5, name: 'a', missing: null },
        { ds: new Date(0), value: -3, name: 'ü €', missing: null },
      ],
      rowcount: 2,
      isCached: false,
    };
    const decoded = decodeCachePayload<typeof payload>(encodeCachePayload(payload));
    expect(decoded).toEqual(payload);
    expect(decoded.data[0]?.ds).toBeInstanceOf(Date);
  });

  it('keeps bigints exact, even past 64 bits', () => {
    const row = { small: 10n, huge: 2n ** 70n, negative: -(2n ** 63n) };
    expect(decodeCachePayload(encodeCachePayload(row))).toEqual(row);
  });

  it('is smaller than the same payload as JSON', () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({
      id: i,
      ratio: i / 7,
      flag: i % 2 === 0,
    }));
    expect(encodeCachePayload(rows).byteLength).toBeLessThan(JSON.stringify(rows).length);
  });
});
