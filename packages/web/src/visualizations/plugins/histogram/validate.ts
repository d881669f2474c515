import type { ControlValidationError } from '../../core/control-panel';
import { validateRequiredControls } from '../../core/control-panel';
import { findBinCount, MAX_BINS } from './bins';
import { histogramControlPanel } from './controlPanel';
import type { HistogramFormData } from './types';

/** The Histogram's incomplete controls: the column, and a bin count that is a whole number. */
export function validateHistogram(formData: HistogramFormData): ControlValidationError[] {
  const errors = validateRequiredControls(histogramControlPanel, formData);
  if (findBinCount(formData.bins) === undefined) {
    errors.push({ control: 'bins', message: `Bins must be a whole number from 1 to ${MAX_BINS}.` });
  }
  return errors;
}
