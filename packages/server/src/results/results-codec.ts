import { promisify } from 'node:util';
import { deflate, inflate } from 'node:zlib';
import { Packr } from 'msgpackr';

const deflateAsync = promisify(deflate);
const inflateAsync = promisify(inflate);

// Records off: plain maps in, plain objects out, readable by any MessagePack reader.
const packr = new Packr({ useRecords: false, moreTypes: false });

/**
 * How stored results are written: MessagePack (or JSON when RESULTS_BACKEND_USE_MSGPACK is
 * off), zlib-compressed as Superset stores them. Dates survive MessagePack as timestamps;
 * under JSON they come back as ISO text.
 */
export interface ResultsCodec {
  encode(value: unknown): Promise<Buffer>;
  decode<T>(bytes: Buffer): Promise<T>;
}

/** The codec for a RESULTS_BACKEND_USE_MSGPACK setting. */
export function createResultsCodec(useMsgpack: boolean): ResultsCodec {
  return {
    async encode(value) {
      const raw = useMsgpack ? packr.pack(value) : Buffer.from(JSON.stringify(value), 'utf8');
      return deflateAsync(raw);
    },
    async decode<T>(bytes: Buffer): Promise<T> {
      const raw = await inflateAsync(bytes);
      return (useMsgpack ? packr.unpack(raw) : JSON.parse(raw.toString('utf8'))) as T;
    },
  };
}
