const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

/** The standard geohash of a point: alternating longitude/latitude bisections, base-32. */
export function encodeGeohash(latitude: number, longitude: number, precision = 9): string {
  let latRange: [number, number] = [-90, 90];
  let lonRange: [number, number] = [-180, 180];
  let hash = '';
  let bits = 0;
  let bitCount = 0;
  let isLongitude = true;
  while (hash.length < precision) {
    const range = isLongitude ? lonRange : latRange;
    const value = isLongitude ? longitude : latitude;
    const mid = (range[0] + range[1]) / 2;
    const bit = value >= mid ? 1 : 0;
    const halved: [number, number] = bit === 1 ? [mid, range[1]] : [range[0], mid];
    if (isLongitude) lonRange = halved;
    else latRange = halved;
    bits = bits * 2 + bit;
    bitCount += 1;
    isLongitude = !isLongitude;
    if (bitCount === 5) {
      hash += BASE32.charAt(bits);
      bits = 0;
      bitCount = 0;
    }
  }
  return hash;
}

/** The centre of a geohash's cell. */
export function decodeGeohash(hash: string): { latitude: number; longitude: number } {
  const lat = [-90, 90];
  const lon = [-180, 180];
  let isLongitude = true;
  for (const char of hash) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error(`Not a geohash character: ${char}`);
    for (let bit = 4; bit >= 0; bit -= 1) {
      const range = isLongitude ? lon : lat;
      const mid = ((range[0] ?? 0) + (range[1] ?? 0)) / 2;
      if ((value >> bit) & 1) range[0] = mid;
      else range[1] = mid;
      isLongitude = !isLongitude;
    }
  }
  return {
    latitude: ((lat[0] ?? 0) + (lat[1] ?? 0)) / 2,
    longitude: ((lon[0] ?? 0) + (lon[1] ?? 0)) / 2,
  };
}
