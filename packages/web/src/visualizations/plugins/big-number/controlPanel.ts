import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import {
  headerFontSizeControl,
  subheaderFontSizeControl,
  timeFormatControl,
} from '../big-number-total/controlPanel';

/** Big Number with Trendline's controls (Superset's BigNumberWithTrendline `controlPanel`). */
export const bigNumberControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [{ ...sharedControls.x_axis, label: 'Temporal X-Axis', temporalOnly: true }],
        [sharedControls.time_grain_sqla],
        [sharedControls.metric],
        [sharedControls.adhoc_filters],
      ],
    },
    {
      label: 'Options',
      expanded: true,
      rows: [
        [
          {
            name: 'compare_lag',
            kind: 'number',
            label: 'Comparison Period Lag',
            isInteger: true,
            min: 0,
            description: 'Based on granularity, number of time periods to compare against',
          },
        ],
        [
          {
            name: 'compare_suffix',
            kind: 'text',
            label: 'Comparison suffix',
            description: 'Suffix to apply after the percentage display',
          },
        ],
        [
          {
            name: 'show_timestamp',
            kind: 'checkbox',
            label: 'Show Timestamp',
            default: false,
            renderTrigger: true,
          },
        ],
        [
          {
            name: 'show_trend_line',
            kind: 'checkbox',
            label: 'Show Trend Line',
            default: true,
            renderTrigger: true,
          },
        ],
        [
          {
            name: 'start_y_axis_at_zero',
            kind: 'checkbox',
            label: 'Start y-axis at 0',
            default: true,
            renderTrigger: true,
          },
        ],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [headerFontSizeControl],
        [subheaderFontSizeControl],
        [{ ...sharedControls.y_axis_format, label: 'Number format' }],
        [timeFormatControl],
      ],
    },
    {
      label: 'Advanced Analytics',
      rows: [
        [sharedControls.rolling_type],
        [sharedControls.rolling_periods],
        [sharedControls.min_periods],
      ],
    },
  ],
};
