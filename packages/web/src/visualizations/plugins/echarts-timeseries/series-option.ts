import { toNumberOrNull } from '../../core/query/results';
import type { NumberFormatter } from '../../formatting/number-formatter';
import type { SeriesType } from './types';

/** How the series of one query are drawn. */
export interface SeriesDrawing {
  seriesType: SeriesType;
  /** Fill the area under lines, with this opacity. */
  areaOpacity?: number;
  markerEnabled: boolean;
  markerSize: number;
  /** The stack group of stacked series; undefined draws them side by side. */
  stack?: string;
  showValue: boolean;
  /** Bars from the left axis instead of the bottom one. */
  isHorizontal: boolean;
  /** The value axis the series use (0 primary, 1 secondary). */
  yAxisIndex?: number;
  formatValue: NumberFormatter;
}

/** One series to draw: its result column, name, color and values per x. */
export interface SeriesInput {
  id: string;
  name: string;
  color: string;
  xValues: readonly unknown[];
  values: readonly (number | null)[];
  /** A time-shifted copy of another series, drawn dashed (or faded for bars and dots). */
  isTimeShifted: boolean;
}

const STEPS: Partial<Record<SeriesType, string>> = { start: 'start', middle: 'middle', end: 'end' };

function typeOptions(drawing: SeriesDrawing, isTimeShifted: boolean): Record<string, unknown> {
  const { seriesType } = drawing;
  if (seriesType === 'bar') {
    return { type: 'bar', ...(isTimeShifted ? { itemStyle: { opacity: 0.6 } } : {}) };
  }
  if (seriesType === 'scatter') {
    return {
      type: 'scatter',
      symbolSize: drawing.markerSize,
      ...(isTimeShifted ? { itemStyle: { opacity: 0.6 } } : {}),
    };
  }
  return {
    type: 'line',
    smooth: seriesType === 'smooth',
    step: STEPS[seriesType] ?? false,
    showSymbol: drawing.markerEnabled,
    symbolSize: drawing.markerSize,
    connectNulls: false,
    ...(isTimeShifted ? { lineStyle: { type: 'dashed' } } : {}),
    ...(drawing.areaOpacity !== undefined ? { areaStyle: { opacity: drawing.areaOpacity } } : {}),
  };
}

function labelPosition(drawing: SeriesDrawing): string {
  if (drawing.stack !== undefined && drawing.seriesType === 'bar') return 'inside';
  return drawing.isHorizontal ? 'right' : 'top';
}

/**
 * The ECharts series of one result column (Superset's `transformSeries`): its type and style
 * from the drawing, points as `[x, y]` (`[y, x]` for horizontal bars), value labels in the
 * chart's number format.
 */
export function seriesOption(input: SeriesInput, drawing: SeriesDrawing): Record<string, unknown> {
  const valueIndex = drawing.isHorizontal ? 0 : 1;
  return {
    id: input.id,
    name: input.name,
    color: input.color,
    data: input.xValues.map((x, row) => {
      const y = input.values[row] ?? null;
      return drawing.isHorizontal ? [y, x] : [x, y];
    }),
    ...typeOptions(drawing, input.isTimeShifted),
    ...(drawing.stack !== undefined ? { stack: drawing.stack } : {}),
    ...(drawing.yAxisIndex !== undefined ? { yAxisIndex: drawing.yAxisIndex } : {}),
    label: {
      show: drawing.showValue,
      position: labelPosition(drawing),
      formatter: (params: { value: unknown[] }) =>
        drawing.formatValue(toNumberOrNull(params.value[valueIndex])),
    },
  };
}
