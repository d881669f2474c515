import { numberValue } from '../../core/form-data';
import type { NumberFormatter } from '../../formatting/number-formatter';
import type { SeriesDrawing } from './series-option';
import { STEP_TYPES, type SeriesType, type TimeseriesFormData, type TimeseriesKind } from './types';

/** Superset's default marker size of lines and dots. */
export const DEFAULT_MARKER_SIZE = 6;

/** Whether series are stacked: `true`/`"Stack"` (Superset stores either). */
export function isStacked(stack: unknown): boolean {
  return stack === true || stack === 'Stack';
}

function seriesTypeOf(kind: TimeseriesKind, formData: TimeseriesFormData): SeriesType {
  switch (kind) {
    case 'bar':
      return 'bar';
    case 'scatter':
      return 'scatter';
    case 'smooth':
      return 'smooth';
    case 'step':
      return STEP_TYPES.find((type) => type === formData.seriesType) ?? 'start';
    case 'line':
    case 'area':
      return 'line';
  }
}

/** How a time-series plugin of this kind draws its series, from the form data. */
export function drawingOf(
  kind: TimeseriesKind,
  formData: TimeseriesFormData,
  formatValue: NumberFormatter,
): SeriesDrawing {
  return {
    seriesType: seriesTypeOf(kind, formData),
    ...(kind === 'area' ? { areaOpacity: numberValue(formData.opacity) ?? 0.2 } : {}),
    markerEnabled: kind === 'scatter' || (formData.markerEnabled ?? false),
    markerSize: numberValue(formData.markerSize) ?? DEFAULT_MARKER_SIZE,
    ...(isStacked(formData.stack) ? { stack: 'total' } : {}),
    showValue: formData.show_value ?? false,
    isHorizontal: kind === 'bar' && formData.orientation === 'horizontal',
    formatValue,
  };
}
