import {
  ADHOC_METRIC_AGGREGATES,
  type AdhocMetric,
  type AdhocMetricAggregate,
  type QueryMetric,
} from '@superset-ts/shared';
import { getMetricLabel } from '../../../../../visualizations';
import { metricLabel, type ExploreColumn, type ExploreDataset } from '../../../explore-dataset';
import { columnTypeOf } from '../../column-type';
import { newOptionName } from '../option-name';
import type { PillDescription } from '../pills/PillListControl';

/** The metric editor's tabs: a saved metric, an aggregate of a column, or SQL. */
export type MetricEditorTab = 'SAVED' | 'SIMPLE' | 'SQL';

/** What the metric editor holds while the user edits. */
export interface MetricDraft {
  tab: MetricEditorTab;
  savedMetric: string | undefined;
  column: string | undefined;
  aggregate: AdhocMetricAggregate | undefined;
  sql: string;
  /** The label typed by the user; empty: the label follows the expression. */
  customLabel: string;
  /** Kept from the edited metric so its identity survives the edit. */
  optionName: string | undefined;
}

/** The aggregates of the Simple tab, in Superset's order. */
export const METRIC_AGGREGATES: readonly AdhocMetricAggregate[] = [
  'SUM',
  'AVG',
  'COUNT',
  'COUNT_DISTINCT',
  'MIN',
  'MAX',
];

const isAggregate = (value: unknown): value is AdhocMetricAggregate =>
  typeof value === 'string' && (ADHOC_METRIC_AGGREGATES as readonly string[]).includes(value);

/** Whether a stored value is a metric: a saved metric's name or an adhoc metric. */
export function isQueryMetric(value: unknown): value is QueryMetric {
  return (
    (typeof value === 'string' && value !== '') ||
    (typeof value === 'object' && value !== null && 'expressionType' in value)
  );
}

/** The editor's state for a metric (a saved metric's name or an adhoc metric), or a new one. */
export function metricDraftOf(metric: QueryMetric | undefined): MetricDraft {
  const empty: MetricDraft = {
    tab: 'SIMPLE',
    savedMetric: undefined,
    column: undefined,
    aggregate: undefined,
    sql: '',
    customLabel: '',
    optionName: undefined,
  };
  if (metric === undefined) return empty;
  if (typeof metric === 'string') return { ...empty, tab: 'SAVED', savedMetric: metric };
  const customLabel = metric.hasCustomLabel ? (metric.label ?? '') : '';
  const base = { ...empty, customLabel, optionName: metric.optionName };
  if (metric.expressionType === 'SQL')
    return { ...base, tab: 'SQL', sql: metric.sqlExpression ?? '' };
  return {
    ...base,
    column: metric.column?.column_name,
    aggregate: isAggregate(metric.aggregate) ? metric.aggregate : undefined,
    // Superset's SIMPLE metrics keep their SQL too; editing one in the SQL tab starts from it.
    sql: metric.sqlExpression ?? '',
  };
}

/** The label a metric gets when the user typed none: `SUM(num)`, or its SQL. */
export function defaultMetricLabel(draft: MetricDraft): string {
  if (draft.tab === 'SAVED') return draft.savedMetric ?? '';
  if (draft.tab === 'SQL') return draft.sql.trim();
  return draft.aggregate && draft.column ? `${draft.aggregate}(${draft.column})` : '';
}

/** Whether the draft names a whole metric (the editor's Save is enabled). */
export function isMetricDraftComplete(draft: MetricDraft): boolean {
  switch (draft.tab) {
    case 'SAVED':
      return Boolean(draft.savedMetric);
    case 'SIMPLE':
      return Boolean(draft.column && draft.aggregate);
    case 'SQL':
      return draft.sql.trim() !== '';
  }
}

/**
 * The metric a complete draft stands for, in Superset's shapes: a saved metric's name, or an
 * adhoc metric with its label, `hasCustomLabel` and `optionName`.
 */
export function metricFromDraft(
  draft: MetricDraft,
  columns: readonly ExploreColumn[],
): QueryMetric {
  if (draft.tab === 'SAVED') return draft.savedMetric ?? '';
  const customLabel = draft.customLabel.trim();
  const label = customLabel || defaultMetricLabel(draft);
  const common = {
    label,
    hasCustomLabel: customLabel !== '',
    optionName: draft.optionName ?? newOptionName('metric'),
  };
  if (draft.tab === 'SQL') {
    const metric: AdhocMetric = {
      expressionType: 'SQL',
      sqlExpression: draft.sql.trim(),
      aggregate: null,
      column: null,
      ...common,
    };
    return metric;
  }
  const column = columns.find((candidate) => candidate.column_name === draft.column) ?? {
    column_name: draft.column ?? '',
  };
  const metric: AdhocMetric = {
    expressionType: 'SIMPLE',
    column: { ...column },
    aggregate: draft.aggregate ?? null,
    sqlExpression: null,
    ...common,
  };
  return metric;
}

/** The draft a column dropped on a metrics control opens: an aggregate over that column. */
export function metricDraftForColumn(column: ExploreColumn): MetricDraft {
  return {
    ...metricDraftOf(undefined),
    column: column.column_name,
    aggregate: columnTypeOf(column) === 'numeric' ? 'SUM' : 'COUNT_DISTINCT',
  };
}

/** How a metric's pill reads: the saved metric's verbose name or the adhoc label, with its SQL on hover. */
export function describeMetric(metric: QueryMetric, dataset: ExploreDataset): PillDescription {
  if (typeof metric === 'string') {
    const saved = dataset.metrics.find((candidate) => candidate.metric_name === metric);
    if (!saved) {
      return { label: metric, warning: 'This metric is not in the dataset.' };
    }
    return {
      label: metricLabel(saved),
      title: `${saved.metric_name}: ${saved.expression}`,
      ...(saved.warning_text ? { warning: saved.warning_text } : {}),
    };
  }
  const label = getMetricLabel(metric);
  if (metric.expressionType === 'SQL') return { label, title: metric.sqlExpression ?? label };
  const columnName = metric.column?.column_name;
  const hasColumn = dataset.columns.some((column) => column.column_name === columnName);
  return {
    label,
    title: `${metric.aggregate ?? ''}(${columnName ?? ''})`,
    ...(hasColumn ? {} : { warning: `The column ${columnName ?? ''} is not in the dataset.` }),
  };
}
