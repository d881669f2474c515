import type { ChartDataResult } from '@superset-ts/shared';
import { getSequentialScheme } from '../../color/sequential-schemes';
import type { TransformContext } from '../../core/chart-plugin';
import { getColumnLabel } from '../../core/query/labels';
import { columnsOf } from '../../core/query/operators';
import { cellText, rowsOf, toNumberOrNull } from '../../core/query/results';
import { readMainMetric } from '../../core/query/main-metric';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { findSelectedCountry } from './country-options';
import type { CountryMapFormData, CountryMapProps } from './types';

/** Thrown when the chosen country is not one the app has a map of. */
export class UnknownCountryError extends Error {
  constructor(value: string) {
    super(`There is no map for the country "${value}"; choose another country.`);
    this.name = 'UnknownCountryError';
  }
}

/**
 * The Country Map's props (Superset's country map): the metric per ISO 3166-2 code (codes
 * compared in upper case, values of one code summed), for the chosen country's map.
 *
 * @throws UnknownCountryError when `select_country` names no country.
 */
export function transformCountryMapProps(
  formData: CountryMapFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): CountryMapProps {
  const country = findSelectedCountry(formData.select_country);
  if (!country) throw new UnknownCountryError(String(formData.select_country ?? ''));
  const { metricLabel, metricName } = readMainMetric(formData, context);
  const [column = ''] = columnsOf(formData.entity).map(getColumnLabel);
  const values = new Map<string, number>();
  for (const row of rowsOf(queriesResponse[0])) {
    const code = cellText(row[column]).trim().toUpperCase();
    const value = toNumberOrNull(row[metricLabel]);
    if (code !== '' && value !== null) values.set(code, (values.get(code) ?? 0) + value);
  }
  return {
    countryCode: country.cca2,
    countryName: country.name,
    values,
    metricName,
    colors: getSequentialScheme(formData.linear_color_scheme).colors,
    formatValue: getNumberFormatter(formData.number_format),
    ariaLabel: `Map of ${country.name} by ${metricName}`,
  };
}
