import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './to-xlsx.js';
import { toZip } from './to-zip.js';

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('toXlsx', () => {
  it('keeps numbers as numbers, dates as dates and formula-like text as text', async () => {
    const when = new Date('2024-03-01T12:30:00Z');
    const buffer = await toXlsx([
      {
        name: 'results',
        colnames: ['name', 'n', 'when', 'ok'],
        rows: [{ name: '=1+1', n: 1.5, when, ok: true }, ['plain', null, null, false]],
      },
    ]);
    const sheet = (await readBack(buffer)).getWorksheet('results');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'name', 'n', 'when', 'ok']);
    const first = sheet?.getRow(2);
    expect(first?.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first?.getCell(1).value).toBe('=1+1');
    expect(first?.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(first?.getCell(2).value).toBe(1.5);
    expect(first?.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect((first?.getCell(3).value as Date).toISOString()).toBe(when.toISOString());
    expect(first?.getCell(4).value).toBe(true);
    expect(sheet?.getRow(3).getCell(2).value).toBeNull();
  });

  it('writes one sheet per result with names Excel accepts', async () => {
    const buffer = await toXlsx([
      { name: 'a/b:c', colnames: ['x'], rows: [[1]] },
      { name: 'a/b:c', colnames: ['y'], rows: [[2]] },
    ]);
    const names = (await readBack(buffer)).worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(['a_b_c', 'a_b_c_2']);
  });
});

describe('toZip', () => {
  it('packs several files, keeping names unique and inside the archive', async () => {
    const buffer = await toZip([
      { name: 'query_1.csv', content: 'a\n1\n' },
      { name: 'query_1.csv', content: 'b\n2\n' },
      { name: '../evil.csv', content: 'x' },
    ]);
    const zip = await JSZip.loadAsync(buffer);
    expect(Object.keys(zip.files).sort()).toEqual(['evil.csv', 'query_1.csv', 'query_1_2.csv']);
    expect(await zip.file('query_1_2.csv')?.async('string')).toBe('b\n2\n');
  });
});
