import type { Dialect } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import { applyRowLimit, guardScript, parseSqlScript } from '../../sql/index.js';

/** The label of the one result column. */
const VALUES_LABEL = 'column_values';

/** The FROM of a dataset: its table, or its query as a subquery (checked to be one SELECT). */
function fromClause(dataset: QueryDataset, dialect: Dialect): string {
  const sql = dataset.sql?.trim();
  if (!sql) {
    return dialect.quoteTable({
      table: dataset.table_name,
      schema: dataset.schema,
      catalog: dataset.catalog,
    });
  }
  const script = parseSqlScript(sql, dialect);
  if (script.statements.length !== 1) {
    throw new AppError(
      'INVALID_SQL_ERROR',
      'The query of a virtual dataset must be a single statement.',
    );
  }
  guardScript(script, { allowDml: false });
  return `(${script.statements[0]?.sql ?? sql}) AS ${dialect.quoteIdentifier('virtual_table')}`;
}

/**
 * Superset's `values_for_column`: `SELECT DISTINCT <column> FROM <dataset>` limited to
 * `limit` rows, filtered by the dataset's fetch-values predicate and the caller's row-level
 * security predicates. The column must be one of the dataset's: a physical column is quoted
 * in the engine's dialect, a calculated one uses its expression, so nothing the caller sends
 * reaches the SQL.
 */
export function columnValuesSql(
  dataset: QueryDataset,
  columnName: string,
  options: { dialect: Dialect; limit: number; predicates: readonly string[] },
): string {
  const { dialect } = options;
  const column = dataset.columns.find((candidate) => candidate.column_name === columnName);
  if (!column) {
    throw new AppError('COLUMN_DOES_NOT_EXIST_ERROR', `Column name ${columnName} does not exist`);
  }
  const expression = column.expression?.trim()
    ? `(${column.expression.trim()})`
    : dialect.quoteIdentifier(column.column_name);
  const conditions = [dataset.fetch_values_predicate, ...options.predicates]
    .map((predicate) => predicate?.trim() ?? '')
    .filter((predicate) => predicate !== '')
    .map((predicate) => `(${predicate})`);
  const where = conditions.length > 0 ? `\nWHERE ${conditions.join(' AND ')}` : '';
  const sql = `SELECT DISTINCT ${expression} AS ${dialect.quoteIdentifier(VALUES_LABEL)}\nFROM ${fromClause(dataset, dialect)}${where}`;
  return applyRowLimit(sql, options.limit, dialect);
}
