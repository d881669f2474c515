import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** The form data of the Sankey Chart (`sankey_v2`). */
export interface SankeyFormData extends ChartFormData {
  /** The column naming where each flow starts. */
  source?: QueryColumn | null;
  /** The column naming where each flow ends. */
  target?: QueryColumn | null;
  metric?: QueryMetric | null;
  sort_by_metric?: boolean;
}
