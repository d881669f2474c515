import type { Desired } from './dataset-parts.repository.js';
import type { ColumnRecord, ColumnValues, MetricRecord, MetricValues } from './dataset.record.js';
import type { SourceColumn } from './dataset-source.js';

/** What a sync did, by column name. */
export interface SyncReport {
  added: string[];
  removed: string[];
  modified: string[];
}

/** The columns after a sync, the main temporal column to set, and what changed. */
export interface ColumnSync {
  columns: Desired<ColumnValues>[];
  /** The first temporal column, for a dataset that has no main one yet. */
  firstTemporal: string | null;
  report: SyncReport;
}

function valuesOf(column: ColumnRecord): ColumnValues {
  const { id: _id, uuid: _uuid, created_on: _c, changed_on: _m, ...values } = column;
  return values;
}

/**
 * Superset's `fetch_metadata` on a dataset's columns: source columns already known keep
 * their id and every user edit (label, description, flags, date format), taking the source's
 * type; new source columns are added as groupable, filterable dimensions (temporal ones
 * marked `is_dttm`); calculated columns (with an expression) are kept; physical columns the
 * source no longer has are removed.
 */
export function syncColumns(
  existing: readonly ColumnRecord[],
  source: readonly SourceColumn[],
): ColumnSync {
  const byName = new Map(existing.map((column) => [column.column_name, column]));
  const sourceNames = new Set(source.map((column) => column.column_name));
  const report: SyncReport = { added: [], removed: [], modified: [] };
  let firstTemporal: string | null = null;
  const columns: Desired<ColumnValues>[] = source.map((column) => {
    const known = byName.get(column.column_name);
    if (column.is_dttm && firstTemporal === null) firstTemporal = column.column_name;
    if (!known) {
      report.added.push(column.column_name);
      return {
        column_name: column.column_name,
        type: column.type,
        is_dttm: column.is_dttm,
        verbose_name: null,
        is_active: true,
        advanced_data_type: null,
        groupby: true,
        filterable: true,
        description: null,
        expression: null,
        python_date_format: null,
        extra: null,
      };
    }
    if (known.type !== column.type) report.modified.push(column.column_name);
    return { ...valuesOf(known), id: known.id, type: column.type, expression: null };
  });
  for (const column of existing) {
    if (sourceNames.has(column.column_name)) continue;
    if ((column.expression ?? '').trim() !== '') {
      columns.push({ ...valuesOf(column), id: column.id });
    } else {
      report.removed.push(column.column_name);
    }
  }
  return { columns, firstTemporal, report };
}

/** The `count` metric every engine spec offers (Superset's base `get_metrics`). */
export const COUNT_METRIC: MetricValues = {
  metric_name: 'count',
  verbose_name: 'COUNT(*)',
  metric_type: 'count',
  description: null,
  d3format: null,
  currency: null,
  warning_text: null,
  expression: 'COUNT(*)',
  extra: null,
};

/** The metrics after a sync: all kept, `count` added when no metric has that name. */
export function syncMetrics(existing: readonly MetricRecord[]): Desired<MetricValues>[] {
  const kept = existing.map(({ created_on: _c, changed_on: _m, uuid: _u, ...metric }) => metric);
  return existing.some((metric) => metric.metric_name === COUNT_METRIC.metric_name)
    ? kept
    : [...kept, COUNT_METRIC];
}
