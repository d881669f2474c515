import ExcelJS from 'exceljs';
import type { CsvCell } from './csv-line.js';

/** One sheet of a workbook: a result's column names and rows. */
export interface XlsxSheet {
  name: string;
  colnames: readonly string[];
  rows: readonly (readonly CsvCell[] | Readonly<Record<string, CsvCell>>)[];
}

// Excel's limits on sheet names: 31 characters, none of : \ / ? * [ ].
function sheetName(name: string, taken: Set<string>): string {
  const base = (name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet').trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    candidate = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function cellValue(cell: CsvCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (Array.isArray(cell)) return JSON.stringify(cell);
  return cell as Exclude<CsvCell, readonly number[]>;
}

/**
 * An XLSX workbook, one sheet per result: numbers stay numbers, dates are Excel dates, and
 * text is stored as text (exceljs writes a string as a string cell, never as a formula).
 */
export async function toXlsx(sheets: readonly XlsxSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name, taken));
    worksheet.addRow([...sheet.colnames]);
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) {
      const cells = Array.isArray(row)
        ? (row as readonly CsvCell[])
        : sheet.colnames.map((name) => (row as Readonly<Record<string, CsvCell>>)[name] ?? null);
      const added = worksheet.addRow(cells.map(cellValue));
      cells.forEach((cell, i) => {
        if (cell instanceof Date) added.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm:ss';
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
