import type { Dialect, DialectDefinition, TableRef } from '../spec/dialect.js';
import { defineDialect } from '../spec/define-dialect.js';
import { sqlString } from '../spec/dttm-format.js';

/** Which partitions to list, as Superset's `_partition_query` takes them. */
export interface PartitionQueryOptions {
  limit?: number;
  /** Columns to sort by, newest first when `descending`. */
  orderBy?: ReadonlyArray<{ column: string; descending: boolean }>;
  /** Partition column = value filters. */
  filters?: Readonly<Record<string, string>>;
}

/** What changes with the server's version in the Presto family. */
export interface PrestoFamilyBehaviour {
  /** Servers before 0.199 list partitions with `SHOW PARTITIONS FROM`. */
  showPartitionsSyntax: boolean;
  /** Servers before 0.319 cannot `EXPLAIN (TYPE IO)`; Superset offers no estimate then. */
  canEstimateCost: boolean;
}

/** A Presto-family dialect: the common operations plus partitions and cost estimates. */
export interface PrestoFamilyDialect extends Dialect {
  /** The query listing a table's partitions (the latest-partition lookups and the table browser). */
  partitionQuery(ref: TableRef, options?: PartitionQueryOptions): string;
  /** The `EXPLAIN` that estimates a statement's cost; null when this server cannot. */
  costEstimateQuery(statement: string): string | null;
}

/** Builds a Presto-family dialect whose partition and cost SQL follow `behaviour`. */
export function definePrestoFamilyDialect(
  definition: DialectDefinition,
  behaviour: PrestoFamilyBehaviour,
): PrestoFamilyDialect {
  const dialect = defineDialect(definition);
  return {
    ...dialect,
    partitionQuery(ref, options = {}) {
      const source = behaviour.showPartitionsSyntax
        ? `SHOW PARTITIONS FROM ${dialect.quoteTable(ref)}`
        : `SELECT * FROM ${dialect.quoteTable({ ...ref, table: `${ref.table}$partitions` })}`;
      const filters = Object.entries(options.filters ?? {}).map(
        ([column, value]) => `${dialect.quoteIdentifier(column)} = ${sqlString(value)}`,
      );
      const order = (options.orderBy ?? []).map(
        ({ column, descending }) =>
          `${dialect.quoteIdentifier(column)}${descending ? ' DESC' : ''}`,
      );
      return [
        source,
        filters.length > 0 ? `WHERE ${filters.join(' AND ')}` : '',
        order.length > 0 ? `ORDER BY ${order.join(', ')}` : '',
        options.limit ? `LIMIT ${Math.floor(options.limit)}` : '',
      ]
        .filter(Boolean)
        .join('\n');
    },
    costEstimateQuery(statement) {
      if (!behaviour.canEstimateCost) return null;
      return `EXPLAIN (TYPE IO, FORMAT JSON) ${statement.trim().replace(/;+\s*$/, '')}`;
    },
  };
}
