import type { CsvFormat } from './csv-line.js';

/** CSV_EXPORT as the exports read it (Superset's pandas `to_csv` keywords). */
export interface CsvExportSettings {
  format: CsvFormat;
  /** Node's encoding and whether a byte-order mark starts the file. */
  encoding: BufferEncoding;
  hasBom: boolean;
}

/** CSV_EXPORT's `sep`, `decimal` and `encoding` (default utf-8-sig, as Superset's). */
export function csvExportSettingsOf(
  csvExport: Readonly<Record<string, unknown>>,
): CsvExportSettings {
  const text = (key: string, fallback: string) =>
    typeof csvExport[key] === 'string' && csvExport[key] !== '' ? csvExport[key] : fallback;
  const encoding = text('encoding', 'utf-8').toLowerCase().replace(/_/g, '-');
  const format = { separator: text('sep', ','), decimal: text('decimal', '.') };
  if (encoding === 'utf-8-sig') return { format, encoding: 'utf8', hasBom: true };
  if (['latin-1', 'latin1', 'iso-8859-1', 'cp1252'].includes(encoding)) {
    return { format, encoding: 'latin1', hasBom: false };
  }
  if (['utf-16', 'utf-16le'].includes(encoding))
    return { format, encoding: 'utf16le', hasBom: true };
  return { format, encoding: 'utf8', hasBom: false };
}
