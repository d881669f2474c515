import type { ColumnValuesResponse } from '@superset-ts/shared';
import type { CellValue } from '@superset-ts/engines';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import type { Actor } from '../../security/access/actor.js';
import type { DatasetDatabases } from '../datasets/dataset-databases.js';
import { requireSpec } from '../datasets/dataset-databases.js';
import { columnValuesSql } from './column-values.query.js';

/** What fetching filter values needs. */
export interface ColumnValuesDeps {
  /** The dataset, after checking the actor may read its data (404 / 403). */
  getQueryDataset(actor: Actor, id: number): Promise<QueryDataset>;
  databases: DatasetDatabases;
  /** Row-level security predicates that apply to the actor on this dataset. */
  rlsPredicatesFor(actor: Actor, datasetId: number): Promise<string[]>;
  /** FILTER_SELECT_ROW_LIMIT. */
  rowLimit: number;
  /** How long the query may run. */
  timeoutMs: number;
}

function jsonValue(value: CellValue): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

/** The distinct values of a dataset's column, for filter pickers. */
export function createColumnValues(deps: ColumnValuesDeps) {
  return async function columnValues(
    actor: Actor,
    datasetId: number,
    columnName: string,
  ): Promise<ColumnValuesResponse> {
    const dataset = await deps.getQueryDataset(actor, datasetId);
    const database = await deps.databases.getById(dataset.database_id);
    const spec = requireSpec(deps.databases, database);
    const sql = columnValuesSql(dataset, columnName, {
      dialect: spec.dialect,
      limit: deps.rowLimit,
      predicates: await deps.rlsPredicatesFor(actor, datasetId),
    });
    const client = await deps.databases.clientFor(database);
    const result = await client.execute(sql, {
      limit: deps.rowLimit,
      timeoutMs: deps.timeoutMs,
      schema: dataset.schema,
      readOnly: spec.capabilities.readOnlyTransactions,
    });
    return { result: result.rows.map((row) => jsonValue(row[0] ?? null)), limit: deps.rowLimit };
  };
}

/** The column values use case, as the route receives it. */
export type ColumnValues = ReturnType<typeof createColumnValues>;
