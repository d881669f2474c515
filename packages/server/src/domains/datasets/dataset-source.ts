import { EngineError, type EngineClient, type EngineSpec } from '@superset-ts/engines';
import { GenericDataType } from '@superset-ts/shared';
import { applyRowLimit, guardScript, parseSqlScript } from '../../sql/index.js';
import { DatasetInvalidError } from './dataset.errors.js';

/** A column as the source (table or query) describes it. */
export interface SourceColumn {
  column_name: string;
  type: string | null;
  is_dttm: boolean;
}

/** Where a dataset's columns come from. */
export interface DatasetSourceTarget {
  client: EngineClient;
  spec: EngineSpec;
  table_name: string;
  schema: string | null;
  sql: string | null;
  /** How long the query of a virtual dataset may run. */
  timeoutMs: number;
}

/** Whether a dataset is virtual: its SQL is not empty. */
export function isVirtual(dataset: { sql: string | null }): boolean {
  return (dataset.sql ?? '').trim() !== '';
}

async function physicalColumns(target: DatasetSourceTarget): Promise<SourceColumn[]> {
  try {
    const metadata = await target.client.getTableMetadata(target.table_name, target.schema);
    return metadata.columns.map((column) => ({
      column_name: column.name,
      type: column.type,
      is_dttm: column.genericType === GenericDataType.TEMPORAL,
    }));
  } catch (error) {
    if (error instanceof EngineError && error.code === 'TABLE_DOES_NOT_EXIST_ERROR') {
      const where = target.schema ? `${target.schema}.${target.table_name}` : target.table_name;
      throw new DatasetInvalidError({
        table_name: [
          `Table [${where}] could not be found, please double check your database connection, schema, and table name`,
        ],
      });
    }
    throw error;
  }
}

async function virtualColumns(target: DatasetSourceTarget, sql: string): Promise<SourceColumn[]> {
  const { dialect } = target.spec;
  const script = parseSqlScript(sql, dialect);
  if (script.statements.length !== 1) {
    throw new DatasetInvalidError({ sql: ['Only single queries supported'] });
  }
  // A dataset's query only ever reads, whatever the database allows in SQL Lab.
  guardScript(script, { allowDml: false });
  const statement = script.statements[0]?.sql ?? sql;
  const result = await target.client.execute(applyRowLimit(statement, 1, dialect), {
    limit: 1,
    timeoutMs: target.timeoutMs,
    schema: target.schema,
    readOnly: target.spec.capabilities.readOnlyTransactions,
  });
  return result.columns.map((column) => ({
    column_name: column.name,
    type: column.type,
    is_dttm: column.genericType === GenericDataType.TEMPORAL,
  }));
}

/**
 * The columns of a dataset's source (Superset's `external_metadata`): a table's columns from
 * the database's catalogue, or a query's result columns from running it once, read-only and
 * limited to one row. A missing table or a query that is not a single SELECT is a 422/400.
 */
export async function readSourceColumns(target: DatasetSourceTarget): Promise<SourceColumn[]> {
  const sql = target.sql ?? '';
  const columns = isVirtual(target)
    ? await virtualColumns(target, sql)
    : await physicalColumns(target);
  const seen = new Set<string>();
  return columns.filter((column) => {
    if (seen.has(column.column_name)) return false;
    seen.add(column.column_name);
    return true;
  });
}
