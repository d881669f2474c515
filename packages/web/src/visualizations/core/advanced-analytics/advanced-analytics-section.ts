import type { ControlConfig, ControlPanelSection } from '../control-panel';
import type { ChartFormData } from '../form-data';
import { sharedControls } from '../shared-controls';

const WINDOWED_ROLLING_TYPES = ['mean', 'sum', 'std'];

/** Options of the Advanced analytics section. */
export interface AdvancedAnalyticsOptions {
  /** Appended to every control name: `_b` gives Query B's controls of the Mixed Chart. */
  suffix?: string;
  label?: string;
}

/**
 * The "Advanced analytics" section of the time-series charts (Superset's
 * `advancedAnalyticsControls`): rolling window, time comparison and resample, in the Data tab.
 * With a suffix, each control writes `<name><suffix>` and shows by its own query's values.
 */
export function advancedAnalyticsSection(
  options: AdvancedAnalyticsOptions = {},
): ControlPanelSection {
  const suffix = options.suffix ?? '';
  const valueOf = (formData: ChartFormData, name: string) => formData[`${name}${suffix}`];
  const hasWindow = (formData: ChartFormData) =>
    WINDOWED_ROLLING_TYPES.includes(String(valueOf(formData, 'rolling_type')));
  const named = (
    control: ControlConfig,
    visibleWhen?: ControlConfig['visibleWhen'],
  ): ControlConfig => ({
    ...control,
    name: `${control.name}${suffix}`,
    ...(visibleWhen ? { visibleWhen } : {}),
  });
  return {
    label: options.label ?? 'Advanced analytics',
    tab: 'data',
    description:
      'Post-processing of the query results: rolling windows, comparison with earlier periods and resampling.',
    rows: [
      [named(sharedControls.rolling_type)],
      [named(sharedControls.rolling_periods, hasWindow)],
      [named(sharedControls.min_periods, hasWindow)],
      [named(sharedControls.time_compare)],
      [named(sharedControls.comparison_type)],
      [named(sharedControls.resample_rule)],
      [named(sharedControls.resample_method)],
    ],
  };
}
