import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';
import type { NumberFormatter } from '../../formatting/number-formatter';

/** The form data of the Country Map (`country_map`). */
export interface CountryMapFormData extends ChartFormData {
  /** The country drawn (Superset's country key: `france`, `usa`, ...). */
  select_country?: string | null;
  /** The column of ISO 3166-2 subdivision codes (`FR-75`). */
  entity?: QueryColumn | null;
  metric?: QueryMetric | null;
  number_format?: string;
  linear_color_scheme?: string;
}

/** What the Country Map draws once the country's map is loaded. */
export interface CountryMapProps {
  /** The country's ISO alpha-2 code, which names its map file. */
  countryCode: string;
  countryName: string;
  /** The metric by upper-cased ISO 3166-2 code. */
  values: ReadonlyMap<string, number>;
  metricName: string;
  colors: readonly string[];
  formatValue: NumberFormatter;
  ariaLabel: string;
}
