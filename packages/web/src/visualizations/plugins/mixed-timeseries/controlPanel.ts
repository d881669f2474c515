import { advancedAnalyticsSection } from '../../core/advanced-analytics/advanced-analytics-section';
import type { ControlConfig, ControlPanel, ControlPanelSection } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import {
  logAxisControl,
  xAxisLabelRotationControl,
  zoomableControl,
} from '../echarts-timeseries/controls';
import { QUERY_B_SUFFIX } from './query-form-data';
import { querySeriesSection } from './series-controls';

/** A query's data controls: Query B's write `<name>_b`. */
function querySection(query: 'A' | 'B'): ControlPanelSection {
  const suffix = query === 'B' ? QUERY_B_SUFFIX : '';
  const rows: ControlConfig[] = [
    sharedControls.metrics,
    sharedControls.groupby,
    sharedControls.adhoc_filters,
    sharedControls.limit,
    sharedControls.timeseries_limit_metric,
    sharedControls.order_desc,
    sharedControls.row_limit,
    sharedControls.truncate_metric,
  ];
  return {
    label: `Query ${query}`,
    tab: 'data',
    expanded: true,
    rows: rows.map((control) => [{ ...control, name: `${control.name}${suffix}` }]),
  };
}

/**
 * The Mixed Chart's panel (Superset's MixedTimeseries `controlPanel`): the shared x-axis, then
 * each query's data and advanced analytics in the Data tab; each query's series, the x-axis
 * and the two y-axes in the Customize tab.
 */
export const mixedTimeseriesControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Shared query fields',
      tab: 'data',
      expanded: true,
      rows: [[{ ...sharedControls.x_axis, temporalOnly: false }], [sharedControls.time_grain_sqla]],
    },
    querySection('A'),
    advancedAnalyticsSection({ label: 'Advanced analytics Query A' }),
    querySection('B'),
    advancedAnalyticsSection({ suffix: QUERY_B_SUFFIX, label: 'Advanced analytics Query B' }),
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [sharedControls.color_scheme],
        [sharedControls.show_legend],
        [zoomableControl],
        [
          {
            name: 'show_query_identifiers',
            kind: 'checkbox',
            label: 'Show query identifiers',
            default: false,
            renderTrigger: true,
            description:
              'Add Query A and Query B to every series name; names both queries have get them anyway.',
          },
        ],
      ],
    },
    querySeriesSection('A'),
    querySeriesSection('B'),
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
      rows: [
        [{ ...sharedControls.y_axis_format, label: 'Primary y-axis format' }],
        [{ ...logAxisControl, label: 'Logarithmic primary y-axis' }],
        [
          {
            ...sharedControls.y_axis_format,
            name: 'y_axis_format_secondary',
            label: 'Secondary y-axis format',
          },
        ],
        [{ ...logAxisControl, name: 'logAxisSecondary', label: 'Logarithmic secondary y-axis' }],
      ],
    },
  ],
};
