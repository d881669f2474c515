import type { DashboardDataLine } from '@superset-ts/shared';

/** One complete NDJSON line, as bytes, with when its last byte arrived. */
export interface ArrivedLine {
  readonly bytes: Buffer;
  /** Milliseconds from sending the request to the chunk that completed the line. */
  readonly arrivedMs: number;
}

/** Thrown for an NDJSON answer that is not a sequence of dashboard data lines. */
export class MalformedNdjsonError extends Error {
  override readonly name = 'MalformedNdjsonError';
}

const NEWLINE = 0x0a;

/**
 * Cuts a byte stream into NDJSON lines as chunks arrive, without decoding them (timing a
 * tile's arrival must not pay for parsing it). A line may span chunks; a chunk may hold many.
 */
export class NdjsonLineSplitter {
  private pending: Buffer[] = [];

  /** The lines `chunk` completes, each stamped `arrivedMs`. Empty lines are skipped. */
  push(chunk: Buffer, arrivedMs: number): ArrivedLine[] {
    const lines: ArrivedLine[] = [];
    let start = 0;
    let newline = chunk.indexOf(NEWLINE, start);
    while (newline !== -1) {
      this.pending.push(chunk.subarray(start, newline));
      const bytes = Buffer.concat(this.pending);
      this.pending = [];
      if (bytes.length > 0) lines.push({ bytes, arrivedMs });
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
    return lines;
  }

  /** The last line when the stream ended without a newline after it, else nothing. */
  end(arrivedMs: number): ArrivedLine | undefined {
    const bytes = Buffer.concat(this.pending);
    this.pending = [];
    return bytes.length > 0 ? { bytes, arrivedMs } : undefined;
  }
}

const LINE_TYPES = new Set<string>(['start', 'chart', 'error', 'done']);

/** Parses one line of a dashboard data answer; throws for anything else. */
export function parseDashboardLine(bytes: Buffer): DashboardDataLine {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new MalformedNdjsonError(`not a JSON line: ${bytes.toString('utf8', 0, 200)}`);
  }
  const type =
    typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !LINE_TYPES.has(type)) {
    throw new MalformedNdjsonError(
      `not a dashboard data line (type ${JSON.stringify(type)}): ${bytes.toString('utf8', 0, 200)}`,
    );
  }
  return value as DashboardDataLine;
}
