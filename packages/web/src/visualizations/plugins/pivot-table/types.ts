import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';
import type { AggregateValue } from './pivot/aggregators';
import type { PivotKey, PivotValue } from './pivot/pivot-key';
import type { MetricsLayout, PivotModel } from './pivot/pivot-model';

/** The form data of the Pivot Table (`pivot_table_v2`, Superset's control names). */
export interface PivotTableFormData extends ChartFormData {
  groupbyRows?: QueryColumn[];
  groupbyColumns?: QueryColumn[];
  metrics?: QueryMetric[];
  metricsLayout?: MetricsLayout;
  /** One of `AGGREGATE_FUNCTIONS`: how subtotals and totals combine cells. */
  aggregateFunction?: string;
  rowTotals?: boolean;
  colTotals?: boolean;
  rowSubTotals?: boolean;
  colSubTotals?: boolean;
  transposePivot?: boolean;
  combineMetric?: boolean;
  valueFormat?: string;
  date_format?: string;
  rowOrder?: string;
  colOrder?: string;
  /** Row subtotals above their group (`top`; `true` in Superset's saved charts) or below it. */
  rowSubtotalPosition?: boolean | 'top' | 'bottom';
  /** Column subtotals left of their group (`left`; `true` in Superset's) or right of it. */
  colSubtotalPosition?: boolean | 'left' | 'right';
  conditional_formatting?: unknown[];
  series_limit?: number | string | null;
  series_limit_metric?: QueryMetric | null;
  order_desc?: boolean;
  temporal_columns_lookup?: Record<string, boolean>;
}

/** What the Pivot Table component draws. */
export interface PivotTableProps {
  model: PivotModel;
  /** The names of the row header levels, for the corner of the table. */
  rowLevelLabels: string[];
  columnLevelLabels: string[];
  /** A header value as shown (dimension values, metric names, times). */
  formatHeader: (level: string, value: PivotValue) => string;
  formatValue: (value: AggregateValue | undefined) => string;
  /** The conditional formatting colour of a cell, if a rule matches. */
  cellColor: (
    rowKey: PivotKey,
    columnKey: PivotKey,
    value: AggregateValue | undefined,
  ) => string | undefined;
  /** `Total (Sum)`, naming the aggregate function. */
  totalLabel: string;
}
