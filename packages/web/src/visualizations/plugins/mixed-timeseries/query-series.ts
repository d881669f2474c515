import type { ChartDataResult } from '@superset-ts/shared';
import { seriesOriginOf, unescapeLabel } from '../../core/advanced-analytics/derived-series';
import type { ColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { getMetricLabel } from '../../core/query/labels';
import { metricsOf } from '../../core/query/operators';
import { toNumberOrNull } from '../../core/query/results';
import type { NumberFormatter } from '../../formatting/number-formatter';
import { valueFormatterOf } from '../echarts-timeseries/axes';
import { extractSeries, type ExtractedSeries } from '../echarts-timeseries/extract-series';
import { seriesOption } from '../echarts-timeseries/series-option';
import { axisFormatOf, queryDrawingOf, yAxisIndexOf } from './query-drawing';
import { queryFormDataOf } from './query-form-data';
import type { MixedQuery, MixedTimeseriesFormData } from './types';

const QUERY_NAMES: Record<MixedQuery, string> = { a: 'Query A', b: 'Query B' };

/** One query's result, read: its series and the format of its values. */
export interface QueryResult {
  query: MixedQuery;
  extracted: ExtractedSeries;
  formatValue: NumberFormatter;
}

/** A drawn series with the name the legend lists it by. */
export interface NamedSeries {
  name: string;
  option: Record<string, unknown>;
}

/**
 * Reads one query's result; its values take the format of the y-axis the query is drawn on
 * (a percentage for percentage changes).
 */
export function readQueryResult(
  formData: MixedTimeseriesFormData,
  query: MixedQuery,
  result: ChartDataResult | undefined,
  xAxisLabel: string,
): QueryResult {
  const format = axisFormatOf(formData, yAxisIndexOf(formData, query));
  return {
    query,
    extracted: extractSeries(result, xAxisLabel),
    formatValue: valueFormatterOf(queryFormDataOf(formData, query), format),
  };
}

/** What the series of both queries share while they are drawn. */
export interface SeriesContext {
  formData: MixedTimeseriesFormData;
  transformContext: TransformContext;
  colorOf: ColorScale;
  /** Query A's column names: Query B's series of the same name are told apart. */
  namesA: ReadonlySet<string>;
  namesB: ReadonlySet<string>;
  /** An x value as placed on the x-axis. */
  toX: (value: unknown) => unknown;
}

/**
 * One query's series, drawn as its Customize controls ask. A name both queries have is marked
 * "(Query A)"/"(Query B)" (every name with `show_query_identifiers`), and Query B's series of
 * that name gets an id and color of its own; a time-shifted series shares its source's color.
 */
export function querySeries(part: QueryResult, context: SeriesContext): NamedSeries[] {
  const { formData, colorOf, namesA, namesB } = context;
  const queryFormData = queryFormDataOf(formData, part.query);
  const metricLabels = metricsOf(queryFormData.metrics).map(getMetricLabel);
  const drawing = queryDrawingOf(formData, part.query, part.formatValue);
  const keyOf = (name: string) => (part.query === 'b' && namesA.has(name) ? `${name} (1)` : name);
  const xValues = part.extracted.xValues.map(context.toX);
  return part.extracted.columns.map((column) => {
    const origin = seriesOriginOf(column.name, queryFormData, metricLabels);
    const isMarked =
      formData.show_query_identifiers === true ||
      (namesA.has(column.name) && namesB.has(column.name));
    const label = context.transformContext.verboseMap?.[column.name] ?? unescapeLabel(column.name);
    const name = isMarked ? `${label} (${QUERY_NAMES[part.query]})` : label;
    const option = seriesOption(
      {
        id: keyOf(column.name),
        name,
        color: colorOf(keyOf(origin.sourceColumn)),
        xValues,
        values: column.values,
        isTimeShifted: origin.isTimeShifted,
      },
      drawing,
    );
    const valueFormatter = (value: unknown) => part.formatValue(toNumberOrNull(value));
    return { name, option: { ...option, tooltip: { valueFormatter } } };
  });
}
