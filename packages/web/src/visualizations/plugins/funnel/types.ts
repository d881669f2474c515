import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/**
 * What a funnel label or tooltip shows. Superset stores the position of its
 * `EchartsFunnelLabelTypeType` enum: 0 category, 1 value, 2 percentage, 3 category and
 * value, 4 category and percentage, 5 category, value and percentage, 6 value and percentage.
 */
export const FunnelLabelType = {
  Key: 0,
  Value: 1,
  Percent: 2,
  KeyValue: 3,
  KeyPercent: 4,
  KeyValuePercent: 5,
  ValuePercent: 6,
} as const;
export type FunnelLabelType = (typeof FunnelLabelType)[keyof typeof FunnelLabelType];

/** What a step's percentage is relative to (Superset's `PercentCalcType`). */
export type PercentCalculation = 'first_step' | 'prev_step' | 'total';

/** The form data of the Funnel Chart. */
export interface FunnelFormData extends ChartFormData {
  groupby?: QueryColumn[];
  metric?: QueryMetric | null;
  sort_by_metric?: boolean;
  percent_calculation_type?: PercentCalculation;
  show_legend?: boolean;
  label_type?: FunnelLabelType;
  tooltip_label_type?: FunnelLabelType;
  number_format?: string;
  show_labels?: boolean;
  show_tooltip_labels?: boolean;
  /** ECharts' ordering of the steps by size (Superset's default: descending). */
  sort?: 'descending' | 'ascending' | 'none';
  orient?: 'vertical' | 'horizontal';
  gap?: number;
  /** Labels outside the steps with a connecting line. */
  label_line?: boolean;
}
