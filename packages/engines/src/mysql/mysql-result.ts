import type { FieldPacket, PoolConnection } from 'mysql2';
import type { CellValue } from '../spec/client.js';
import { toMysqlCell } from './mysql-values.js';

/** A statement's rows as they arrive, read with back-pressure. */
export interface MysqlResult {
  /** Each row as cells; statements without rows yield none. */
  rows(): AsyncGenerator<CellValue[]>;
  /** The result's columns, known once the first row (or the end) has arrived. */
  fields(): readonly FieldPacket[];
  /** Whether the server has sent the whole result. */
  isDone(): boolean;
}

/**
 * Starts `sql` on the connection and streams its rows: mysql2 pauses the socket while
 * `highWaterMark` rows wait to be read, so a slow reader holds only that many.
 */
export function openMysqlResult(
  connection: PoolConnection,
  sql: string,
  highWaterMark: number,
): MysqlResult {
  const query = connection.query({ sql, rowsAsArray: true });
  let fields: FieldPacket[] = [];
  let isDone = false;
  query.on('fields', (packets: unknown) => {
    if (Array.isArray(packets)) fields = packets as FieldPacket[];
  });
  query.on('end', () => {
    isDone = true;
    // A reader that stopped at the last row leaves the socket paused; the next statement needs it.
    connection.resume();
  });
  const stream = query.stream({ highWaterMark });
  return {
    async *rows() {
      for await (const row of stream as AsyncIterable<unknown>) {
        if (Array.isArray(row)) yield row.map(toMysqlCell);
      }
    },
    fields: () => fields,
    isDone: () => isDone,
  };
}
