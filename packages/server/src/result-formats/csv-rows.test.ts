import type { CellValue, TextCellReader } from '@superset-ts/engines';
import { describe, expect, it } from 'vitest';
import { csvLine } from './csv-line.js';
import { csvRows } from './csv-rows.js';

const comma = { separator: ',', decimal: '.' };
const semicolon = { separator: ';', decimal: ',' };

const text: TextCellReader = { kind: 'text', read: (cell) => cell };
const number: TextCellReader = { kind: 'number', read: Number };
const flag: TextCellReader = { kind: 'other', read: (cell) => cell === 't' };
const moment: TextCellReader = {
  kind: 'date-time',
  read: (cell) => (cell === 'infinity' ? cell : new Date(`${cell.replace(' ', 'T')}Z`)),
};

describe('CSV rows of a batch', () => {
  it('writes typed rows as csvLine does', () => {
    const rows: CellValue[][] = [
      ['=1+1', 2.5, true, new Date('2024-01-02T03:04:05Z'), null],
      ['a;b', -0, false, new Date('2024-01-02T03:04:05.120Z'), 'x'],
    ];
    for (const format of [comma, semicolon]) {
      expect(csvRows(rows, format)).toBe(rows.map((row) => csvLine(row, format)).join(''));
    }
  });

  it('writes text cells with their readers as the typed cells would be written', () => {
    const readers = [text, number, flag, moment, text];
    const textRows: CellValue[][] = [
      ['=1+1', '2.50', 't', '2024-01-02 03:04:05', null],
      ['a;b', '-0', 'f', '2024-01-02 03:04:05.12', 'x'],
      ['"q"', '1e+21', 't', 'infinity', ''],
    ];
    const typedRows = textRows.map((row) =>
      row.map((cell, i) => (cell === null ? null : (readers[i]?.read(cell as string) ?? null))),
    );
    const formats = [
      comma,
      semicolon,
      { separator: ' ', decimal: '.' },
      { separator: '-', decimal: '.' },
      { separator: ',', decimal: ',' },
      { separator: '.', decimal: '.' },
      { separator: ':', decimal: '.' },
    ];
    for (const format of formats) {
      expect(csvRows(textRows, format, readers)).toBe(csvRows(typedRows, format));
    }
  });

  it('writes an empty batch as no text', () => {
    expect(csvRows([], comma, [text])).toBe('');
  });
});
