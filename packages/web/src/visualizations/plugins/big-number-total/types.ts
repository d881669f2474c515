import type { QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** The form data of Big Number. */
export interface BigNumberTotalFormData extends ChartFormData {
  metric?: QueryMetric | null;
  subheader?: string;
  y_axis_format?: string;
  time_format?: string;
  force_timestamp_formatting?: boolean;
  /** Font sizes as a fraction of the chart's height. */
  header_font_size?: number;
  subheader_font_size?: number;
}

/** What a big number component draws. */
export interface BigNumberProps {
  /** The formatted number, or "No data". */
  headline: string;
  subheader: string;
  headerFontSize: number;
  subheaderFontSize: number;
  /** `positive`/`negative` when a comparison went up or down. */
  trend?: 'positive' | 'negative';
  /** The time of the number, when shown. */
  timestamp?: string;
}
