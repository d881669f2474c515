import type { Dialect } from '@superset-ts/engines';
import type { QueryDataset, QueryDatasetColumn, QueryDatasetMetric } from './query-dataset.js';
import { checkSqlClause, type ClauseKind } from './check-sql-clause.js';
import { sqlFamilyOf, type SqlFamily } from './sql-family.js';

/** What every part of the builder reads: the dataset indexed, the dialect and its family. */
export interface BuildContext {
  dataset: QueryDataset;
  dialect: Dialect;
  family: SqlFamily;
  columnsByName: ReadonlyMap<string, QueryDatasetColumn>;
  metricsByName: ReadonlyMap<string, QueryDatasetMetric>;
  /** A quoted identifier. */
  quote(name: string): string;
  /** Free SQL, checked (see `checkSqlClause`) and without comments. */
  clause(sql: string, kind: ClauseKind, what: string): string;
}

/** Indexes a dataset for one build. */
export function createBuildContext(
  dataset: QueryDataset,
  dialect: Dialect,
  allowSubqueries: boolean,
): BuildContext {
  return {
    dataset,
    dialect,
    family: sqlFamilyOf(dialect),
    columnsByName: new Map(dataset.columns.map((column) => [column.column_name, column])),
    metricsByName: new Map(dataset.metrics.map((metric) => [metric.metric_name, metric])),
    quote: (name) => dialect.quoteIdentifier(name),
    clause: (sql, kind, what) => checkSqlClause(sql, kind, dialect, { allowSubqueries, what }),
  };
}
