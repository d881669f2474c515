/** The part of `pg-cursor` (which ships no types) that the PostgreSQL client uses. */
declare module 'pg-cursor' {
  import type { Connection, FieldDef, Submittable } from 'pg';

  interface CursorConfig {
    rowMode?: 'array';
    types?: { getTypeParser(oid: number, format?: string): (text: string) => unknown };
  }

  /** What a read hands back besides the rows: the columns of the result. */
  interface CursorResult {
    fields: FieldDef[];
  }

  /** A portal read in batches; `close` ends it early and frees the connection. */
  export default class Cursor implements Submittable {
    constructor(text: string, values?: readonly unknown[] | null, config?: CursorConfig);
    submit(connection: Connection): void;
    read(
      rowCount: number,
      callback: (error: Error | undefined, rows: unknown[][], result: CursorResult) => void,
    ): void;
    close(): Promise<void>;
  }
}
