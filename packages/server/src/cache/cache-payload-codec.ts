import { Packr } from 'msgpackr';

// Records off: plain maps in, plain objects out. Dates travel as MessagePack timestamps;
// bigints of any size (DuckDB's BIGINT, HUGEINT) as an extension, so they come back exact.
const packr = new Packr({ useRecords: false, moreTypes: false, useBigIntExtension: true });

/**
 * Encodes a value for a `DataCache` (chart data, query results) as MessagePack. Dates come
 * back as Dates, bigints as bigints, `undefined` as `undefined`.
 */
export function encodeCachePayload(value: unknown): Uint8Array {
  return packr.pack(value);
}

/** Decodes what `encodeCachePayload` wrote; the caller states the type it stored. */
export function decodeCachePayload<T>(bytes: Uint8Array): T {
  return packr.unpack(bytes) as T;
}
