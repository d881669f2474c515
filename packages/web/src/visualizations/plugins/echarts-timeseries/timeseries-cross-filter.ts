import type { QueryColumn } from '@superset-ts/shared';
import { unescapeLabel } from '../../core/advanced-analytics/derived-series';
import { DIMMED_OPACITY, isPointSelected } from '../../core/cross-filter';
import type { EchartsCrossFilter } from '../../echarts/echarts-cross-filter';
import type { EChartsCoreOption } from '../../echarts/echarts-core';
import { categoryOf } from './axes';

/** The separator of a flattened column name's labels (`"SUM(num), boy"`). */
const FLAT_SEPARATOR = /(?<!\\), /;

interface SeriesOption {
  id?: string;
  data: unknown[];
  itemStyle?: Record<string, unknown>;
  lineStyle?: Record<string, unknown>;
}

type OptionWithSeries = { series: SeriesOption[] };

function withSeries(
  option: EChartsCoreOption,
  map: (series: SeriesOption) => SeriesOption,
): EChartsCoreOption {
  const { series } = option as unknown as OptionWithSeries;
  return { ...option, series: series.map(map) };
}

/**
 * The dimension values a series stands for, read from its (source) column name: the last
 * labels of the flattened name, one per dimension (a leading metric label is dropped).
 */
export function seriesDimensionValues(sourceColumn: string, dimensionCount: number): string[] {
  const labels = sourceColumn.split(FLAT_SEPARATOR).map(unescapeLabel);
  return labels.slice(Math.max(0, labels.length - dimensionCount));
}

/**
 * Cross-filtering by series: a click on a series filters by the dimension values it stands
 * for (`sourceColumnOf` maps a series id to its column, time-shifted copies to their source);
 * the other series are dimmed while one is selected.
 */
export function seriesCrossFilter(
  groupby: readonly QueryColumn[],
  sourceColumnOf: ReadonlyMap<string, string>,
): EchartsCrossFilter {
  const valuesOf = (seriesId: string | undefined) => {
    const source = seriesId === undefined ? undefined : sourceColumnOf.get(seriesId);
    return source === undefined ? undefined : seriesDimensionValues(source, groupby.length);
  };
  return {
    targetOf: (event) => {
      const values = valuesOf(event.seriesId);
      return values ? { columns: groupby, values, label: values.join(', ') } : undefined;
    },
    highlight: (option, selectedValues) =>
      withSeries(option, (series) =>
        isPointSelected(selectedValues, valuesOf(series.id) ?? [])
          ? series
          : {
              ...series,
              itemStyle: { ...series.itemStyle, opacity: DIMMED_OPACITY },
              lineStyle: { ...series.lineStyle, opacity: DIMMED_OPACITY },
            },
      ),
  };
}

/**
 * Cross-filtering by category of a categorical x-axis: a click on a bar filters by its
 * category; the other categories' points are dimmed while one is selected.
 */
export function categoryCrossFilter(
  xAxis: QueryColumn,
  categories: readonly unknown[],
): EchartsCrossFilter {
  return {
    targetOf: (event) => {
      if (event.dataIndex === undefined || event.dataIndex >= categories.length) return undefined;
      const value = categories[event.dataIndex] ?? null;
      return { columns: [xAxis], values: [value], label: categoryOf(value) };
    },
    highlight: (option, selectedValues) =>
      withSeries(option, (series) => ({
        ...series,
        data: series.data.map((point, index) =>
          isPointSelected(selectedValues, [categories[index] ?? null])
            ? point
            : { value: point, itemStyle: { opacity: DIMMED_OPACITY } },
        ),
      })),
  };
}
