import type { CsvExportSettings } from './csv-export-settings.js';
import { csvLine, type CsvCell } from './csv-line.js';

/** A row given as cells in column order, or keyed by column name. */
export type CsvRow = readonly CsvCell[] | Readonly<Record<string, CsvCell>>;

const ROWS_PER_CHUNK = 1_000;

/**
 * CSV of a result as encoded chunks (the header first, then about a thousand rows per chunk),
 * ready for `Readable.from` or a streamed reply. Rows may come from an async source, so a
 * large result never has to be held as one string.
 */
export async function* toCsv(
  colnames: readonly string[],
  rows: Iterable<CsvRow> | AsyncIterable<CsvRow>,
  settings: CsvExportSettings,
): AsyncGenerator<Buffer> {
  if (settings.hasBom) yield Buffer.from('\ufeff', settings.encoding);
  let text = csvLine(colnames, settings.format);
  let count = 0;
  for await (const row of rows) {
    const cells = Array.isArray(row)
      ? (row as readonly CsvCell[])
      : colnames.map((name) => (row as Readonly<Record<string, CsvCell>>)[name] ?? null);
    text += csvLine(cells, settings.format);
    count += 1;
    if (count % ROWS_PER_CHUNK === 0) {
      yield Buffer.from(text, settings.encoding);
      text = '';
    }
  }
  if (text !== '') yield Buffer.from(text, settings.encoding);
}
