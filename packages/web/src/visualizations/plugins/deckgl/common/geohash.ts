import type { LngLat } from './types';

const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

/** The cell a geohash names. */
export interface GeohashCell {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/**
 * The cell of a geohash (bits alternate longitude then latitude, five per character), or null
 * when the text is not a geohash.
 */
export function decodeGeohashCell(geohash: string): GeohashCell | null {
  const text = geohash.trim().toLowerCase();
  if (text === '') return null;
  const lng: [number, number] = [-180, 180];
  const lat: [number, number] = [-90, 90];
  let isLongitude = true;
  for (const character of text) {
    const value = BASE32.indexOf(character);
    if (value < 0) return null;
    for (let bit = 4; bit >= 0; bit -= 1) {
      const range = isLongitude ? lng : lat;
      const middle = (range[0] + range[1]) / 2;
      if ((value >> bit) & 1) range[0] = middle;
      else range[1] = middle;
      isLongitude = !isLongitude;
    }
  }
  return { minLng: lng[0], minLat: lat[0], maxLng: lng[1], maxLat: lat[1] };
}

/** The centre of a geohash's cell as `[lng, lat]`, or null when it is not a geohash. */
export function decodeGeohash(geohash: string): LngLat | null {
  const cell = decodeGeohashCell(geohash);
  return cell ? [(cell.minLng + cell.maxLng) / 2, (cell.minLat + cell.maxLat) / 2] : null;
}

/** The closed ring around a geohash's cell (south-west, north-west, north-east, south-east). */
export function geohashRing(geohash: string): LngLat[] | null {
  const cell = decodeGeohashCell(geohash);
  if (!cell) return null;
  return [
    [cell.minLng, cell.minLat],
    [cell.minLng, cell.maxLat],
    [cell.maxLng, cell.maxLat],
    [cell.maxLng, cell.minLat],
    [cell.minLng, cell.minLat],
  ];
}
