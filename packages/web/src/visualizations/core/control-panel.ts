import type { ChartFormData } from './form-data';

/**
 * How a control is edited; the Explore control panel renders one widget per kind.
 * - `metrics`/`metric`: adhoc or saved metrics (a list / one)
 * - `columns`/`column`: dataset columns or adhoc SQL columns (a list / one)
 * - `filters`: `adhoc_filters`
 * - `time-range`: a Superset time range expression (`Last week`, `2024-01-01 : now`)
 * - `time-grain`: an ISO 8601 duration the database supports (`P1D`, `P1M`, ...)
 * - `select`, `checkbox`, `number`, `text`: plain values
 * - `color-scheme`: a categorical scheme id (`supersetColors`, ...)
 * - `number-format`, `time-format`: a d3 format or one of the named formats
 * - `color`: one colour as Superset stores it, `{ r, g, b, a }`
 * - `conditional-formatting`: the table's `conditional_formatting` rules
 *   (`{ column, operator, targetValue, targetValueLeft, targetValueRight, colorScheme }`)
 */
export type ControlKind =
  | 'metrics'
  | 'metric'
  | 'columns'
  | 'column'
  | 'filters'
  | 'time-range'
  | 'time-grain'
  | 'select'
  | 'checkbox'
  | 'number'
  | 'text'
  | 'color-scheme'
  | 'number-format'
  | 'time-format'
  | 'color'
  | 'conditional-formatting';

interface ControlBase {
  /** The form data key the control writes (Superset's control name: `metrics`, `x_axis`, ...). */
  name: string;
  label: string;
  description?: string;
  /** The value a new chart starts with. */
  default?: unknown;
  /** Whether the chart cannot be queried without a value. */
  required?: boolean;
  /** A change only redraws the chart from the results it has, without a new query. */
  renderTrigger?: boolean;
  /** Shown only when this holds for the current form data (e.g. a mode's controls). */
  visibleWhen?: (formData: ChartFormData) => boolean;
}

/** A choice of a select control. */
export interface SelectOption {
  value: string | number;
  label: string;
}

export interface SelectControl extends ControlBase {
  kind: 'select';
  options: readonly SelectOption[];
  /** Values outside `options` may be typed in. */
  freeForm?: boolean;
  multiple?: boolean;
  clearable?: boolean;
}

export interface NumberControl extends ControlBase {
  kind: 'number';
  min?: number;
  max?: number;
  step?: number;
  isInteger?: boolean;
}

export interface ColumnControl extends ControlBase {
  kind: 'column' | 'columns';
  /** Only temporal columns may be chosen (the x-axis of a time series). */
  temporalOnly?: boolean;
}

/** A control whose value needs nothing beyond its kind to edit. */
export interface SimpleControl extends ControlBase {
  kind: Exclude<ControlKind, 'select' | 'number' | 'column' | 'columns'>;
}

/** One control of a control panel, declared as data. */
export type ControlConfig = SelectControl | NumberControl | ColumnControl | SimpleControl;

/**
 * A titled group of control rows; a row holds the controls shown side by side. Explore shows
 * sections in two tabs: Data (what is queried) and Customize (how it is drawn).
 */
export interface ControlPanelSection {
  label: string;
  /** The Explore tab the section is shown in; `data` when not given. */
  tab?: 'data' | 'customize';
  description?: string;
  /** Open when the panel is first shown. */
  expanded?: boolean;
  rows: readonly (readonly ControlConfig[])[];
}

/** A plugin's control panel (Superset's `controlPanelSections`). */
export interface ControlPanel {
  sections: readonly ControlPanelSection[];
}

/** A control the form data leaves incomplete, with a message naming it. */
export interface ControlValidationError {
  /** The form data key of the control. */
  control: string;
  message: string;
}

/** Every control of a panel, in display order. */
export function listControls(panel: ControlPanel): ControlConfig[] {
  return panel.sections.flatMap((section) => section.rows.flat());
}

/** The form data a new chart of this panel starts with: each control's default. */
export function controlDefaults(panel: ControlPanel): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const control of listControls(panel)) {
    if (control.default !== undefined) defaults[control.name] = control.default;
  }
  return defaults;
}

function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  return Array.isArray(value) && value.length === 0;
}

/**
 * The required controls the form data leaves empty, skipping controls hidden for it (Superset's
 * `validateNonEmpty` on each control, with its "cannot be empty" wording).
 */
export function validateRequiredControls(
  panel: ControlPanel,
  formData: ChartFormData,
): ControlValidationError[] {
  return listControls(panel)
    .filter((control) => control.required && (control.visibleWhen?.(formData) ?? true))
    .filter((control) => isEmptyValue(formData[control.name]))
    .map((control) => ({ control: control.name, message: `${control.label} cannot be empty.` }));
}
