import type { QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';
import type { NumberFormatter } from '../../formatting/number-formatter';
import type { TimeFormatter } from '../../formatting/time-formatter';

/** The time unit that groups cells into one calendar (Superset's `domain_granularity`). */
export type DomainGranularity = 'hour' | 'day' | 'week' | 'month' | 'year';

/** The time unit of one cell (Superset's `subdomain_granularity`). */
export type SubdomainGranularity = 'min' | 'hour' | 'day' | 'week' | 'month';

/** The form data of the Calendar Heatmap (`cal_heatmap`). */
export interface CalendarHeatmapFormData extends ChartFormData {
  /** The time column (a column name). */
  granularity_sqla?: string | null;
  metrics?: QueryMetric[];
  domain_granularity?: DomainGranularity;
  subdomain_granularity?: SubdomainGranularity;
  linear_color_scheme?: string;
  cell_size?: number | string;
  cell_padding?: number | string;
  cell_radius?: number | string;
  steps?: number | string;
  y_axis_format?: string;
  x_axis_time_format?: string;
  show_legend?: boolean;
  show_values?: boolean;
  show_metric_name?: boolean;
}

/** One metric's calendar: its name and a value per cell start time (epoch ms, UTC). */
export interface CalendarMetric {
  name: string;
  values: ReadonlyMap<number, number>;
}

/** What the Calendar Heatmap draws; laid out at the chart's width by its view. */
export interface CalendarHeatmapProps {
  metrics: CalendarMetric[];
  domain: DomainGranularity;
  subdomain: SubdomainGranularity;
  /** The gradient's colors, low to high. */
  colors: readonly string[];
  steps: number;
  cellSize: number;
  cellPadding: number;
  cellRadius: number;
  showLegend: boolean;
  showValues: boolean;
  showMetricName: boolean;
  formatValue: NumberFormatter;
  formatTime: TimeFormatter;
}
