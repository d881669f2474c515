import { describe, expect, it } from 'vitest';
import { decodeGeohash } from './geohash.js';
import { LONG_LAT_TABLE } from './long-lat.js';
import { SF_BOX } from './reference/sf-districts.js';
import {
  columnOf,
  expectCellsMatchSchema,
  fingerprint,
  rowsOf,
} from './test-support/generated-rows.js';

const rows = rowsOf(LONG_LAT_TABLE);
const column = (name: string) => columnOf(LONG_LAT_TABLE, rows, name);

describe('long_lat', () => {
  it('yields the same rows on every run, as many as rowCount says, typed by the schema', () => {
    expect(rows).toHaveLength(LONG_LAT_TABLE.rowCount);
    expect(fingerprint(rowsOf(LONG_LAT_TABLE))).toBe(fingerprint(rows));
    expectCellsMatchSchema(LONG_LAT_TABLE, rows);
  });

  it('places every address inside San Francisco, with a geohash and "lat,lon" of its point', () => {
    const [lats, lons, hashes, delimited] = ['lat', 'lon', 'geohash', 'delimited'].map(column);
    const outside: unknown[] = [];
    lats?.forEach((lat, i) => {
      const [latitude, longitude] = [Number(lat), Number(lons?.[i])];
      const decoded = decodeGeohash(String(hashes?.[i]));
      const isInside =
        latitude > SF_BOX.minLat &&
        latitude < SF_BOX.maxLat &&
        longitude > SF_BOX.minLon &&
        longitude < SF_BOX.maxLon;
      const isNear =
        Math.abs(decoded.latitude - latitude) < 1e-4 &&
        Math.abs(decoded.longitude - longitude) < 1e-4;
      if (!isInside || !isNear || delimited?.[i] !== `${latitude},${longitude}`)
        outside.push(rows[i]);
    });
    expect(outside.slice(0, 3)).toEqual([]);
  });

  it('clusters addresses by district, with 941xx postcodes and mostly no unit', () => {
    const districts = new Set(column('district'));
    expect(districts.size).toBeGreaterThan(15);
    expect(column('postcode').every((code) => /^941\d\d$/.test(String(code)))).toBe(true);
    const withoutUnit = column('unit').filter((unit) => unit === null).length / rows.length;
    expect(withoutUnit).toBeGreaterThan(0.6);
    expect(new Set(column('city'))).toEqual(new Set(['San Francisco']));
  });
});
