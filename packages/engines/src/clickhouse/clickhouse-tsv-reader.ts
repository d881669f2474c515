import { StringDecoder } from 'node:string_decoder';
import type { CellValue } from '../spec/client.js';
import { clickHouseCellParser, type ClickHouseCellParser } from './clickhouse-types.js';

/** A column as the header rows of TabSeparatedWithNamesAndTypes name it. */
export interface ClickHouseColumn {
  name: string;
  type: string;
}

/** ClickHouse failed after it had started sending rows: the message is in the body. */
export class ClickHouseStreamError extends Error {
  override readonly name = 'ClickHouseStreamError';
}

const ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  '0': '\0',
};

/** One TabSeparated field without its backslash escapes. */
export function unescapeTsv(field: string): string {
  return field.replace(/\\(.)/gs, (_, char: string) => ESCAPES[char] ?? char);
}

/**
 * An exception written into the body once rows were sent, in old (`Code: 159, e.displayText()
 * = DB::Exception: ...`) and new (`Code: 159. DB::Exception: ...`) wording.
 */
const MID_STREAM_EXCEPTION = /^(?:__exception__\s*)?Code: \d+[.,] .*DB::Exception/;

/**
 * Reads a TabSeparatedWithNamesAndTypes body chunk by chunk: the first line names the
 * columns, the second gives their types, each further line is a row. TabSeparated is
 * the row format every ClickHouse version streams (the JSONCompact*EachRow formats
 * arrived in 21.x); a newline inside a value is always escaped, so lines are rows.
 */
export class TsvResultReader {
  readonly #decoder = new StringDecoder('utf8');
  #pending = '';
  #names: string[] | null = null;
  #columns: ClickHouseColumn[] | null = null;
  #parsers: ClickHouseCellParser[] = [];

  /** The columns, once both header lines arrived; null for a statement without a result. */
  get columns(): ClickHouseColumn[] | null {
    return this.#columns;
  }

  /** The complete rows in this chunk; a partial last line waits for the next one. */
  push(chunk: Buffer | string): CellValue[][] {
    const text = this.#pending + (typeof chunk === 'string' ? chunk : this.#decoder.write(chunk));
    const lines = text.split('\n');
    this.#pending = lines.pop() ?? '';
    return this.#readLines(lines);
  }

  /** The rows left when the body ended. */
  end(): CellValue[][] {
    const rest = this.#pending + this.#decoder.end();
    this.#pending = '';
    return rest === '' ? [] : this.#readLines([rest]);
  }

  #readLines(lines: string[]): CellValue[][] {
    const rows: CellValue[][] = [];
    for (const line of lines) {
      const fields = line.split('\t');
      if (this.#names === null) {
        this.#names = fields.map(unescapeTsv);
      } else if (this.#columns === null) {
        const names = this.#names;
        this.#columns = fields.map((type, index) => ({
          name: names[index] ?? '',
          type: unescapeTsv(type),
        }));
        this.#parsers = this.#columns.map((column) => clickHouseCellParser(column.type));
      } else if (this.#isException(line, fields.length)) {
        throw new ClickHouseStreamError(line.replace(/^__exception__\s*/, ''));
      } else {
        rows.push(
          fields.map((field, index) =>
            field === '\\N' ? null : (this.#parsers[index] ?? unescapeTsv)(unescapeTsv(field)),
          ),
        );
      }
    }
    return rows;
  }

  /** A row has one field per column; a one-column row can only be told apart by its words. */
  #isException(line: string, fieldCount: number): boolean {
    const columnCount = this.#columns?.length ?? 0;
    return (fieldCount !== columnCount || columnCount === 1) && MID_STREAM_EXCEPTION.test(line);
  }
}
