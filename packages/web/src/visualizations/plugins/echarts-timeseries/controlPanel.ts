import { advancedAnalyticsSection } from '../../core/advanced-analytics/advanced-analytics-section';
import type { ControlConfig, ControlPanel, ControlPanelSection } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import {
  logAxisControl,
  showValueControl,
  xAxisLabelRotationControl,
  zoomableControl,
} from './controls';

type Rows = readonly (readonly ControlConfig[])[];

const contributionMode: ControlConfig = {
  name: 'contributionMode',
  kind: 'select',
  label: 'Contribution Mode',
  clearable: true,
  options: [
    { value: 'row', label: 'Row' },
    { value: 'column', label: 'Series' },
  ],
  description: 'Calculate contribution per series or row',
};

/** What one time-series plugin adds to the shared control panel. */
export interface TimeseriesPanelSpec {
  /** Rows of the Query section after the x-axis and time grain (the Bar Chart's x-axis sort). */
  queryRows?: Rows;
  /** Sections between Advanced analytics and Chart Options (the Bar Chart's orientation). */
  extraSections?: readonly ControlPanelSection[];
  /** The kind's own rows of the Chart Options section. */
  chartOptions: Rows;
}

/**
 * The control panel of a time-series chart (Superset's Timeseries panels): Query and Advanced
 * analytics in the Data tab; Chart Options, X Axis and Y Axis in the Customize tab.
 */
export function timeseriesControlPanel(spec: TimeseriesPanelSpec): ControlPanel {
  return {
    sections: [
      {
        label: 'Query',
        expanded: true,
        rows: [
          [{ ...sharedControls.x_axis, temporalOnly: false }],
          [sharedControls.time_grain_sqla],
          ...(spec.queryRows ?? []),
          [sharedControls.metrics],
          [sharedControls.groupby],
          [contributionMode],
          [sharedControls.adhoc_filters],
          [sharedControls.limit],
          [sharedControls.timeseries_limit_metric],
          [sharedControls.order_desc],
          [sharedControls.row_limit],
          [sharedControls.truncate_metric],
          [sharedControls.show_empty_columns],
        ],
      },
      advancedAnalyticsSection(),
      ...(spec.extraSections ?? []),
      {
        label: 'Chart Options',
        tab: 'customize',
        expanded: true,
        rows: [
          [sharedControls.color_scheme],
          ...spec.chartOptions,
          [showValueControl],
          [sharedControls.show_legend],
          [zoomableControl],
        ],
      },
      {
        label: 'X Axis',
        tab: 'customize',
        expanded: true,
        rows: [[sharedControls.x_axis_time_format], [xAxisLabelRotationControl]],
      },
      {
        label: 'Y Axis',
        tab: 'customize',
        expanded: true,
        rows: [[sharedControls.y_axis_format], [logAxisControl]],
      },
    ],
  };
}
