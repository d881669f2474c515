import { Readable } from 'node:stream';
import type { EngineClient } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { QueryRepository } from '../queries/query.repository.js';
import type { QueryRecord } from '../queries/query.record.js';
import { canSeeQuery } from '../queries/query-visibility.js';
import { csvLine, type CsvFormat } from './csv-writer.js';
import { requireSpec, type SqlLabDatabases } from './sqllab-databases.js';
import type { SqlTools } from './sqllab-ports.js';

/** CSV_EXPORT as the export reads it (Superset's pandas `to_csv` keywords). */
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

/** A CSV download: its file name and the bytes as they are produced. */
export interface CsvDownload {
  filename: string;
  body: Readable;
}

/** Superset's `Query.name`: `sqllab_<tab>_<timestamp>`, safe as a file name. */
export function exportNameOf(query: QueryRecord, at: Date): string {
  const tab = (query.tab_name ?? 'notab').replace(/ /g, '_').toLowerCase().replace(/\W+/g, '');
  const stamp = at.toISOString().replace(/[-:]/g, '').split('.')[0] ?? '';
  return `sqllab_${tab || 'notab'}_${stamp}`;
}

/** What the export needs. */
export interface ExportCsvDeps {
  queries: QueryRepository;
  databases: SqlLabDatabases;
  tools: SqlTools;
  sqlMaxRow: number;
  csv: CsvExportSettings;
  now: () => Date;
}

async function* csvChunks(
  client: EngineClient,
  sql: string,
  options: { limit: number; schema: string | null; readOnly: boolean },
  csv: CsvExportSettings,
): AsyncGenerator<Buffer> {
  if (csv.hasBom) yield Buffer.from('\ufeff', csv.encoding);
  let isHeaderWritten = false;
  for await (const batch of client.stream(sql, { ...options, batchSize: 5_000 })) {
    let text = '';
    if (!isHeaderWritten) {
      text += csvLine(
        batch.columns.map((column) => column.name),
        csv.format,
      );
      isHeaderWritten = true;
    }
    for (const row of batch.rows) text += csvLine(row, csv.format);
    if (text !== '') yield Buffer.from(text, csv.encoding);
  }
}

/**
 * `GET export/{client_id}/`: runs the query's statement again and streams its rows as CSV,
 * not cut by the display limit, only by the run's own limit and SQL_MAX_ROW. Only the
 * query's owner (or all_query_access) may, and only while they can still use its database.
 */
export function createExportCsv(deps: ExportCsvDeps) {
  return async function exportCsv(actor: Actor, clientId: string): Promise<CsvDownload> {
    const query = await deps.queries.findByClientId(clientId);
    if (!query || !canSeeQuery(actor, query)) {
      throw new AppError('RESOURCE_NOT_FOUND', 'No query has this client id.');
    }
    const stored = await deps.databases.getStored(actor, query.database_id);
    const spec = requireSpec(deps.databases, stored.record);
    const statements = query.executed_sql
      ? deps.tools.parseScript(query.executed_sql, spec.dialect)
      : [];
    const sql = query.select_sql ?? statements.at(-1)?.sql;
    if (query.status !== 'success' || sql === undefined) {
      throw new AppError(
        'INVALID_PAYLOAD_SCHEMA_ERROR',
        'Only a query that ran successfully can be exported.',
      );
    }
    const limit = Math.min(query.limit ?? deps.sqlMaxRow, deps.sqlMaxRow);
    const client = await deps.databases.clientFor(stored.record);
    const readOnly = !stored.record.allow_dml && spec.capabilities.readOnlyTransactions;
    return {
      filename: `${exportNameOf(query, deps.now())}.csv`,
      body: Readable.from(
        csvChunks(client, sql, { limit, schema: query.schema, readOnly }, deps.csv),
      ),
    };
  };
}
