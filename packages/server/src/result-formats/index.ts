export { csvField, csvLine, defuseFormula, type CsvCell, type CsvFormat } from './csv-line.js';
export { csvRows } from './csv-rows.js';
export { csvExportSettingsOf, type CsvExportSettings } from './csv-export-settings.js';
export { toCsv, type CsvRow } from './to-csv.js';
export { toXlsx, type XlsxSheet } from './to-xlsx.js';
export { toZip, type ZipEntry } from './to-zip.js';
export { GenericDataType, toJsonResult, type JsonResult } from './json-result.js';
