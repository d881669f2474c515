import type { ControlConfig } from '../../../core/control-panel';
import type { ChartFormData } from '../../../core/form-data';
import { categoricalColorRange, sequentialColorRange, toRgba } from './colors';
import { deckControls } from './controls';
import type { RGBAColor } from './types';

/** How cells are coloured (Superset's `color_scheme_type` of the aggregation layers). */
export type CellColorType = 'linear_palette' | 'categorical_palette' | 'fixed_color';

/** The number of colours a gradient is cut into for the cells. */
const GRADIENT_STEPS = 6;

/**
 * The colour type of the form: a saved Superset choice is honoured; anything else ("default",
 * none) is the gradient of the linear scheme.
 */
export function readCellColorType(formData: ChartFormData): CellColorType {
  const value = formData.color_scheme_type;
  return value === 'categorical_palette' || value === 'fixed_color' ? value : 'linear_palette';
}

/** The colour range the cells' values map to, low to high. */
export function readCellColorRange(formData: ChartFormData): RGBAColor[] {
  switch (readCellColorType(formData)) {
    case 'fixed_color':
      return [toRgba(formData.color_picker)];
    case 'categorical_palette':
      return categoricalColorRange(formData.color_scheme);
    case 'linear_palette':
      return sequentialColorRange(formData.linear_color_scheme, GRADIENT_STEPS);
  }
}

const isColorType = (type: CellColorType) => (formData: ChartFormData) =>
  readCellColorType(formData) === type;

/** The controls of the cells' colours: the type, then the scheme or colour it uses. */
export const cellColorRows: readonly ControlConfig[][] = [
  [
    {
      name: 'color_scheme_type',
      kind: 'select',
      label: 'Color Scheme Type',
      default: 'linear_palette',
      clearable: false,
      renderTrigger: true,
      options: [
        { value: 'linear_palette', label: 'Linear palette' },
        { value: 'categorical_palette', label: 'Categorical palette' },
        { value: 'fixed_color', label: 'Fixed color' },
      ],
      description: 'Select the type of color scheme to use.',
    },
  ],
  [{ ...deckControls.linear_color_scheme, visibleWhen: isColorType('linear_palette') }],
  [{ ...deckControls.color_scheme, visibleWhen: isColorType('categorical_palette') }],
  [{ ...deckControls.color_picker, visibleWhen: isColorType('fixed_color') }],
];
