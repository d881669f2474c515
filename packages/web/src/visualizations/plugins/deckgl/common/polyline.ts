/**
 * Decodes an encoded polyline (Google's algorithm, 5 decimals) into its coordinate pairs, in
 * the order they were encoded: `[lat, lng]` by the format's convention. Returns null when the
 * text is cut short or holds characters outside the encoding.
 */
export function decodePolyline(encoded: string, precision = 5): [number, number][] | null {
  const factor = 10 ** precision;
  const pairs: [number, number][] = [];
  let index = 0;
  let first = 0;
  let second = 0;

  const readValue = (): number | null => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (index >= encoded.length) return null;
      const chunk = encoded.charCodeAt(index) - 63;
      index += 1;
      if (chunk < 0 || chunk > 63) return null;
      result |= (chunk & 0x1f) << shift;
      shift += 5;
      if (chunk < 0x20) break;
    }
    return result & 1 ? ~(result >> 1) : result >> 1;
  };

  while (index < encoded.length) {
    const deltaFirst = readValue();
    const deltaSecond = readValue();
    if (deltaFirst === null || deltaSecond === null) return null;
    first += deltaFirst;
    second += deltaSecond;
    pairs.push([first / factor, second / factor]);
  }
  return pairs;
}
