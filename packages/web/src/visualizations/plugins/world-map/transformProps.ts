import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import { getSequentialScheme, sequentialColor } from '../../color/sequential-schemes';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import { rowsOf, toNumberOrNull } from '../../core/query/results';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { findCountry } from '../../geo/country-lookup';
import { DEFAULT_BUBBLE_COLOR } from './controlPanel';
import type { RgbaColor, WorldMapCountry, WorldMapFormData, WorldMapProps } from './types';

const FIELD_TYPE_NAMES = {
  name: 'country names',
  cioc: 'IOC codes',
  cca2: 'ISO alpha-2 codes',
  cca3: 'ISO alpha-3 codes',
} as const;

/** Thrown when no value of the country column names a country the way the field type says. */
export class NoCountryMatchError extends Error {
  constructor(column: string, fieldType: keyof typeof FIELD_TYPE_NAMES, examples: string[]) {
    super(
      `No value of ${column} (${examples.join(', ')}) is one of the ${FIELD_TYPE_NAMES[fieldType]} the Country Field Type expects.`,
    );
    this.name = 'NoCountryMatchError';
  }
}

function toHex({ r, g, b }: RgbaColor): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The World Map's props (Superset's world map `transformProps` and its data reshaping): a
 * country per row whose column value names one under the field type (values of one country
 * summed), filled with its shade of the linear scheme or its categorical color.
 *
 * @throws NoCountryMatchError when rows came back but none names a known country.
 */
export function transformWorldMapProps(
  formData: WorldMapFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): WorldMapProps {
  const displayName = (label: string) => context.verboseMap?.[label] ?? label;
  const [metric] = metricsOf(formData.metric);
  const metricLabel = metric === undefined ? '' : getMetricLabel(metric);
  const [bubbleMetric] = metricsOf(formData.secondary_metric);
  const bubbleLabel = bubbleMetric === undefined ? undefined : getMetricLabel(bubbleMetric);
  const [entity] = columnsOf(formData.entity);
  const column = entity === undefined ? '' : getColumnLabel(entity);
  const fieldType = formData.country_fieldtype ?? 'cca2';

  const byCode = new Map<string, WorldMapCountry>();
  const rows = rowsOf(queriesResponse[0]);
  for (const row of rows) {
    const country = findCountry(fieldType, row[column]);
    if (!country) continue;
    const value = toNumberOrNull(row[metricLabel]);
    const bubbleValue = bubbleLabel === undefined ? null : toNumberOrNull(row[bubbleLabel]);
    const known = byCode.get(country.cca3);
    const entityValue = row[column] ?? null;
    if (known) {
      if (!known.entityValues.includes(entityValue)) known.entityValues.push(entityValue);
      known.value = value === null ? known.value : (known.value ?? 0) + value;
      known.bubbleValue =
        bubbleValue === null ? known.bubbleValue : (known.bubbleValue ?? 0) + bubbleValue;
    } else {
      byCode.set(country.cca3, {
        code: country.cca3,
        name: country.name,
        value,
        bubbleValue,
        color: '',
        entityValues: [entityValue],
      });
    }
  }
  if (byCode.size === 0 && rows.length > 0) {
    const examples = [...new Set(rows.slice(0, 3).map((row) => String(row[column])))];
    throw new NoCountryMatchError(displayName(column), fieldType, examples);
  }

  const countries = [...byCode.values()];
  const values = countries.map((country) => country.value).filter((v): v is number => v !== null);
  const range: [number, number] =
    values.length === 0 ? [0, 1] : [Math.min(...values), Math.max(...values)];
  const colors = getSequentialScheme(formData.linear_color_scheme).colors;
  const isColoredByMetric = formData.color_by !== 'country';
  const categorical = createColorScale(formData.color_scheme);
  for (const country of countries) {
    const share =
      range[1] === range[0] || country.value === null
        ? 0.5
        : (country.value - range[0]) / (range[1] - range[0]);
    country.color = isColoredByMetric ? sequentialColor(colors, share) : categorical(country.name);
  }

  const metricName = displayName(metricLabel);
  return {
    countries,
    metricName,
    bubbleMetricName: bubbleLabel === undefined ? metricName : displayName(bubbleLabel),
    isColoredByMetric,
    colors,
    range,
    maxBubbleSize: formData.show_bubbles ? (numberValue(formData.max_bubble_size) ?? 25) : 0,
    bubbleColor: toHex(formData.color_picker ?? DEFAULT_BUBBLE_COLOR),
    formatValue: getNumberFormatter(formData.y_axis_format),
    ariaLabel: `World map of ${metricName} by ${displayName(column)}`,
    ...(entity !== undefined ? { entity } : {}),
  };
}
