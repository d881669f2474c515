import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import { WHISKER_OPTIONS } from './types';

const X_TICKS_LAYOUTS = ['auto', 'flat', '45°', '90°', 'staggered'] as const;

/** The Box Plot's controls (Superset's BoxPlot `controlPanel`). */
export const boxPlotControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            name: 'columns',
            kind: 'columns',
            label: 'Distribute across',
            required: true,
            default: [],
            description:
              'The columns whose groups give the values each box summarises (one value per group).',
          },
        ],
        [sharedControls.time_grain_sqla],
        [
          {
            ...sharedControls.groupby,
            description: 'Categories on the x-axis: one box per category.',
          },
        ],
        [sharedControls.metrics],
        [sharedControls.adhoc_filters],
        [sharedControls.series_limit],
        [sharedControls.series_limit_metric],
        [
          {
            name: 'whiskerOptions',
            kind: 'select',
            label: 'Whisker/outlier options',
            default: 'Tukey',
            freeForm: true,
            options: WHISKER_OPTIONS.map((option) => ({ value: option, label: option })),
            description:
              'Where the whiskers end; values past them are drawn as outliers. Type "<low>/<high> percentiles" for other percentiles.',
          },
        ],
      ],
    },
    {
      label: 'Chart Title',
      tab: 'customize',
      rows: [
        [{ name: 'x_axis_title', kind: 'text', label: 'X Axis Title', renderTrigger: true }],
        [{ name: 'y_axis_title', kind: 'text', label: 'Y Axis Title', renderTrigger: true }],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [sharedControls.color_scheme],
        [
          {
            name: 'x_ticks_layout',
            kind: 'select',
            label: 'X Tick Layout',
            default: 'auto',
            renderTrigger: true,
            options: X_TICKS_LAYOUTS.map((layout) => ({ value: layout, label: layout })),
            description: 'How the x-axis labels are laid out.',
          },
        ],
        [sharedControls.number_format],
        [sharedControls.date_format],
      ],
    },
  ],
};
