import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';
import type { NumberFormatter } from '../../formatting/number-formatter';
import type { CountryFieldType } from '../../geo/country-lookup';

/** A color as Superset's color picker saves it. */
export interface RgbaColor {
  r: number;
  g: number;
  b: number;
  a?: number;
}

/** The form data of the World Map (`world_map`). */
export interface WorldMapFormData extends ChartFormData {
  /** The column naming each row's country. */
  entity?: QueryColumn | null;
  country_fieldtype?: CountryFieldType;
  metric?: QueryMetric | null;
  /** The bubbles' size. */
  secondary_metric?: QueryMetric | null;
  sort_by_metric?: boolean;
  show_bubbles?: boolean;
  max_bubble_size?: number | string;
  color_picker?: RgbaColor | null;
  /** Countries shaded by the metric, or each in its own categorical color. */
  color_by?: 'metric' | 'country';
  linear_color_scheme?: string;
  y_axis_format?: string;
}

/** A country with data. */
export interface WorldMapCountry {
  /** ISO alpha-3 code, the map region's key. */
  code: string;
  name: string;
  value: number | null;
  /** The bubble metric's value. */
  bubbleValue: number | null;
  /** The country's fill: its categorical color, or its shade of the linear scheme. */
  color: string;
  /** The country column's values of the rows summed into this country (what a click filters). */
  entityValues: unknown[];
}

/** What the World Map draws once the map's shapes are loaded. */
export interface WorldMapProps {
  countries: WorldMapCountry[];
  metricName: string;
  bubbleMetricName: string;
  /** Whether countries are shaded by the metric (a gradient legend shows) or by country. */
  isColoredByMetric: boolean;
  colors: readonly string[];
  /** The metric's range over the countries, for the gradient legend. */
  range: [number, number];
  /** Bubbles at the countries, sized by the bubble metric up to this diameter; 0 for none. */
  maxBubbleSize: number;
  bubbleColor: string;
  formatValue: NumberFormatter;
  ariaLabel: string;
  /** The country column, as a cross-filter names it. */
  entity?: QueryColumn;
}
