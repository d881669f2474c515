import type { DatabaseRecord } from '../databases/database.record.js';
import type { DatasetContext } from './dataset-context.js';
import { requireSpec } from './dataset-databases.js';
import { readSourceColumns, type SourceColumn } from './dataset-source.js';

/** The columns of a table or query of this database, through its pooled client. */
export async function readColumnsFrom(
  context: DatasetContext,
  database: DatabaseRecord,
  source: { table_name: string; schema: string | null; sql: string | null },
): Promise<SourceColumn[]> {
  const spec = requireSpec(context.databases, database);
  const client = await context.databases.clientFor(database);
  return readSourceColumns({ client, spec, ...source, timeoutMs: context.sourceTimeoutMs });
}
