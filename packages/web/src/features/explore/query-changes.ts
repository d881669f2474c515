import { listControls, type AnyChartPlugin, type ChartFormData } from '../../visualizations';

/** Keys that never change what a query returns. */
const IGNORED_KEYS = new Set(['force', 'slice_name']);

/** The controls of a type that only redraw the chart (colours, labels, formats). */
export function renderTriggerNames(plugin: AnyChartPlugin | undefined): ReadonlySet<string> {
  if (!plugin) return new Set();
  return new Set(
    listControls(plugin.controlPanel)
      .filter((control) => control.renderTrigger)
      .map((control) => control.name),
  );
}

function normalized(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normalized);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => [key, normalized(inner)] as const)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries);
  }
  return value;
}

/** Whether two form values mean the same (empty values alike, object key order ignored). */
export function isSameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalized(a)) === JSON.stringify(normalized(b));
}

/**
 * Whether the current form data asks for a different query than the one that ran: another
 * viz type, or a change to any control that is not a render trigger. Such a chart is stale.
 */
export function hasQueryChanges(
  queried: ChartFormData,
  current: ChartFormData,
  plugin: AnyChartPlugin | undefined,
): boolean {
  if (queried.viz_type !== current.viz_type) return true;
  const redrawOnly = renderTriggerNames(plugin);
  const keys = new Set([...Object.keys(queried), ...Object.keys(current)]);
  for (const key of keys) {
    if (IGNORED_KEYS.has(key) || redrawOnly.has(key)) continue;
    if (!isSameValue(queried[key], current[key])) return true;
  }
  return false;
}

/**
 * The form data the chart is drawn with: the one its results were queried for, with the
 * current values of the render-trigger controls so those redraw without a new query. Before
 * any query, the current form data (so incomplete controls are named).
 */
export function formDataToDraw(
  queried: ChartFormData | null,
  current: ChartFormData,
  plugin: AnyChartPlugin | undefined,
): ChartFormData {
  if (!queried) return current;
  if (queried.viz_type !== current.viz_type) return queried;
  const drawn: ChartFormData = { ...queried };
  for (const name of renderTriggerNames(plugin)) drawn[name] = current[name];
  return drawn;
}
