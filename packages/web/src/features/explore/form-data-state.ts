import {
  controlDefaults,
  listControls,
  type AnyChartPlugin,
  type ChartFormData,
} from '../../visualizations';

/** The viz type a chart starts as when neither its form data nor the URL names one. */
export const DEFAULT_VIZ_TYPE = 'table';

/** Superset's "no time filter" range, which new charts start with. */
export const NO_TIME_RANGE = 'No filter';

/**
 * Form data keys that belong to the chart rather than to one viz type's panel, so switching
 * type keeps them even when the new panel has no control of that name.
 */
const KEPT_ACROSS_TYPES = [
  'datasource',
  'slice_id',
  'adhoc_filters',
  'time_range',
  'granularity_sqla',
  'url_params',
  'extra_form_data',
] as const;

/** How the form data changes: a control's edit, a new viz type, or a whole new state. */
export type FormDataAction =
  | { type: 'change'; patch: Partial<ChartFormData> }
  | { type: 'switch-viz-type'; plugin: AnyChartPlugin }
  | { type: 'replace'; formData: ChartFormData };

function controlNames(plugin: AnyChartPlugin): Set<string> {
  return new Set(listControls(plugin.controlPanel).map((control) => control.name));
}

function withDefaults(formData: ChartFormData, plugin: AnyChartPlugin | undefined): ChartFormData {
  const defaults = plugin ? controlDefaults(plugin.controlPanel) : {};
  const filled: ChartFormData = { ...formData };
  for (const [name, value] of Object.entries(defaults)) {
    if (filled[name] === undefined) filled[name] = value;
  }
  return filled;
}

/**
 * The form data Explore starts with: what the bootstrap sent (a saved chart, an unsaved
 * state or just the dataset), its viz type (else `vizTypeHint` from the URL, else table), the
 * default time range, and the defaults of the type's controls for everything left unset.
 */
export function initialFormData(
  bootstrapFormData: Readonly<Record<string, unknown>>,
  findPlugin: (vizType: string) => AnyChartPlugin | undefined,
  vizTypeHint?: string,
): ChartFormData {
  const given = bootstrapFormData.viz_type;
  const vizType = typeof given === 'string' && given ? given : vizTypeHint || DEFAULT_VIZ_TYPE;
  const formData: ChartFormData = { ...bootstrapFormData, viz_type: vizType };
  if (!formData.time_range) formData.time_range = NO_TIME_RANGE;
  return withDefaults(formData, findPlugin(vizType));
}

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

/**
 * Carries metrics over between the one-metric and many-metric types (Superset's standardized
 * form data): a Pie's `metric` becomes a Bar's `metrics`, a Table's first metric a Big
 * Number's `metric`.
 */
function carryMetrics(formData: ChartFormData, names: ReadonlySet<string>): ChartFormData {
  const carried = { ...formData };
  const { metric, metrics } = formData;
  if (names.has('metrics') && !hasValue(metrics) && hasValue(metric)) carried.metrics = [metric];
  if (names.has('metric') && !hasValue(metric) && Array.isArray(metrics) && metrics.length > 0) {
    carried.metric = metrics[0];
  }
  return carried;
}

/**
 * The form data after switching to another viz type: values of controls the new panel also
 * has, and the chart-wide keys (dataset, filters, time range), are kept; the old type's own
 * controls are dropped; the new type's defaults fill the rest.
 */
export function switchVizType(formData: ChartFormData, plugin: AnyChartPlugin): ChartFormData {
  const names = controlNames(plugin);
  const carried = carryMetrics(formData, names);
  const kept: ChartFormData = { viz_type: plugin.vizType };
  for (const [name, value] of Object.entries(carried)) {
    const isChartWide = (KEPT_ACROSS_TYPES as readonly string[]).includes(name);
    if (value !== undefined && (isChartWide || names.has(name))) kept[name] = value;
  }
  kept.viz_type = plugin.vizType;
  return withDefaults(kept, plugin);
}

/** Explore's form data reducer. */
export function formDataReducer(state: ChartFormData, action: FormDataAction): ChartFormData {
  switch (action.type) {
    case 'change':
      return { ...state, ...action.patch };
    case 'switch-viz-type':
      return action.plugin.vizType === state.viz_type ? state : switchVizType(state, action.plugin);
    case 'replace':
      return action.formData;
  }
}
