import type { ControlValidationError } from '../../core/control-panel';
import { validateRequiredControls } from '../../core/control-panel';
import { boxPlotControlPanel } from './controlPanel';
import type { BoxPlotFormData } from './types';
import { findWhiskerSpec } from './whiskers';

/** The Box Plot's incomplete controls: the required ones, and a whisker option it cannot read. */
export function validateBoxPlot(formData: BoxPlotFormData): ControlValidationError[] {
  const errors = validateRequiredControls(boxPlotControlPanel, formData);
  if (!findWhiskerSpec(formData.whiskerOptions)) {
    errors.push({
      control: 'whiskerOptions',
      message: 'Whisker/outlier options must be Tukey, Min/max or "<low>/<high> percentiles".',
    });
  }
  return errors;
}
