import type { QueryColumn } from '@superset-ts/shared';
import { DIMMED_OPACITY, isPointSelected } from '../../core/cross-filter';
import type { EchartsCrossFilter } from '../../echarts/echarts-cross-filter';

/** A slice as cross-filtering sees it: its name and its value of each dimension. */
export interface PieSliceKey {
  name: string;
  values: readonly unknown[];
}

interface PieOption {
  series: { data: { itemStyle?: Record<string, unknown> }[] }[];
}

/**
 * The Pie's cross-filter: a click on a slice filters the dashboard by the slice's dimension
 * values; while one is selected, the other slices are dimmed.
 */
export function pieCrossFilter(
  groupby: readonly QueryColumn[],
  slices: readonly PieSliceKey[],
): EchartsCrossFilter {
  return {
    targetOf: (event) => {
      const slice = event.dataIndex === undefined ? undefined : slices[event.dataIndex];
      return slice ? { columns: groupby, values: slice.values, label: slice.name } : undefined;
    },
    highlight: (option, selectedValues) => {
      const pie = option as unknown as PieOption;
      const [series, ...rest] = pie.series;
      if (!series) return option;
      const data = series.data.map((item, index) => {
        const values = slices[index]?.values ?? [];
        if (isPointSelected(selectedValues, values)) return item;
        return { ...item, itemStyle: { ...item.itemStyle, opacity: DIMMED_OPACITY } };
      });
      return { ...option, series: [{ ...series, data }, ...rest] };
    },
  };
}
