import { describeKey } from './capabilities.js';
import { functionOrNull } from './hook-schemas.js';
import type { ContextHook } from './hook-types.js';
import { nonEmptyText, positiveInt, textList } from './value-schemas.js';

const EXCEL = ['xlsx', 'xls'];
const CSV = ['csv', 'tsv', 'txt'];
const COLUMNAR = ['parquet', 'zip'];

/** Uploading CSV, Excel and columnar files into a database. UPLOAD_FOLDER lives under DATA_DIR. */
export function uploadKeys(dataDir: string) {
  return {
    UPLOAD_FOLDER: nonEmptyText
      .default(`${dataDir}/uploads`)
      .describe(describeKey('Folder where uploaded files are kept while they load.', 'databases')),
    UPLOAD_CHUNK_SIZE: positiveInt
      .default(4096)
      .describe(describeKey('Bytes read at a time from an uploaded file.', 'databases')),
    EXCEL_EXTENSIONS: textList
      .default(EXCEL)
      .describe(describeKey('File extensions accepted as Excel uploads.', 'databases')),
    CSV_EXTENSIONS: textList
      .default(CSV)
      .describe(describeKey('File extensions accepted as CSV uploads.', 'databases')),
    COLUMNAR_EXTENSIONS: textList
      .default(COLUMNAR)
      .describe(
        describeKey('File extensions accepted as columnar (Parquet) uploads.', 'databases'),
      ),
    ALLOWED_EXTENSIONS: textList
      .default([...EXCEL, ...CSV, ...COLUMNAR])
      .describe(describeKey('Every file extension accepted for upload.', 'databases')),
    ALLOWED_USER_CSV_SCHEMA_FUNC: functionOrNull<ContextHook>()
      .default(null)
      .describe(
        describeKey(
          'Function ({ database, user }) returning the schemas a user may upload into (null: as the database allows).',
          'databases',
        ),
      ),
    CSV_DEFAULT_NA_NAMES: textList
      .default([
        '',
        '#N/A',
        '#N/A N/A',
        '#NA',
        '-1.#IND',
        '-1.#QNAN',
        '-NaN',
        '-nan',
        '1.#IND',
        '1.#QNAN',
        '<NA>',
        'N/A',
        'NA',
        'NULL',
        'NaN',
        'None',
        'n/a',
        'nan',
        'null',
      ])
      .describe(describeKey('Cell texts read as NULL in uploaded CSV files.', 'databases')),
    READ_CSV_CHUNK_SIZE: positiveInt
      .default(1000)
      .describe(describeKey('Rows inserted per batch while loading a CSV upload.', 'databases')),
  };
}
