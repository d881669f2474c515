import type { CellValue, TextCellReader } from '@superset-ts/engines';
import { plainDateTimeText } from './csv-date-text.js';
import { plainNumberText } from './csv-number-text.js';
import { csvField, csvLine, defuseFormula, quotedField, type CsvFormat } from './csv-line.js';

/** Writes one column's text cell as a CSV field. */
type TextFieldWriter = (text: string) => string;

/** Whether a field made only of `characters` may need quotes (hold the separator). */
function mayNeedQuotes(separator: string, characters: string): boolean {
  return [...separator].every((character) => characters.includes(character));
}

function textFieldWriter(reader: TextCellReader, format: CsvFormat): TextFieldWriter {
  const { separator } = format;
  if (reader.kind === 'text') return (text) => quotedField(defuseFormula(text), separator);
  if (reader.kind === 'date-time') {
    const mayQuote = mayNeedQuotes(separator, '0123456789-: .');
    return (text) => {
      const plain = plainDateTimeText(text);
      if (plain === undefined) return csvField(reader.read(text), format);
      return mayQuote ? quotedField(plain, separator) : plain;
    };
  }
  if (reader.kind === 'number') {
    const mayQuote =
      mayNeedQuotes(separator, `0123456789-${format.decimal}`) || /["\n\r]/.test(format.decimal);
    return (text) => {
      const plain = plainNumberText(text, format.decimal);
      if (plain === undefined) return csvField(reader.read(text), format);
      return mayQuote ? quotedField(plain, separator) : plain;
    };
  }
  return (text) => csvField(reader.read(text), format);
}

/**
 * CSV lines of a batch of rows, the same text whether the cells are typed or are the
 * database's text with `readers` (a stream asked for `cells: 'text'`): text cells are
 * written from their text where that gives the same field (text, plain numbers, everyday
 * date-times) and read into typed cells otherwise.
 */
export function csvRows(
  rows: readonly (readonly CellValue[])[],
  format: CsvFormat,
  readers?: readonly TextCellReader[],
): string {
  let text = '';
  if (readers === undefined) {
    for (const row of rows) text += csvLine(row, format);
    return text;
  }
  const writers = readers.map((reader) => textFieldWriter(reader, format));
  const { separator } = format;
  for (const row of rows) {
    let line = '';
    for (let index = 0; index < row.length; index++) {
      if (index > 0) line += separator;
      const cell = row[index];
      if (cell !== null && cell !== undefined) {
        const write = writers[index];
        line += write === undefined ? csvField(cell, format) : write(cell as string);
      }
    }
    text += `${line}\n`;
  }
  return text;
}
