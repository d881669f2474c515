import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';

const integer = (name: string, label: string, defaultValue: number, description: string) =>
  ({
    name,
    kind: 'number',
    label,
    default: defaultValue,
    isInteger: true,
    min: 0,
    renderTrigger: true,
    description,
  }) as const;

/** The Calendar Heatmap's controls (Superset's calendar `controlPanel`). */
export const calendarHeatmapControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Time',
      expanded: true,
      description: 'Time related form attributes',
      rows: [[sharedControls.granularity_sqla], [sharedControls.time_range]],
    },
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            name: 'domain_granularity',
            kind: 'select',
            label: 'Domain',
            default: 'month',
            options: ['hour', 'day', 'week', 'month', 'year'].map((value) => ({
              value,
              label: value,
            })),
            description: 'The time unit used for the grouping of blocks',
          },
          {
            name: 'subdomain_granularity',
            kind: 'select',
            label: 'Subdomain',
            default: 'day',
            options: ['min', 'hour', 'day', 'week', 'month'].map((value) => ({
              value,
              label: value,
            })),
            description:
              'The time unit for each block. Should be a smaller unit than domain_granularity. Should be larger or equal to Time Grain',
          },
        ],
        [sharedControls.metrics],
        [sharedControls.adhoc_filters],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [sharedControls.linear_color_scheme],
        [
          integer('cell_size', 'Cell Size', 10, 'The size of the square cell, in pixels'),
          integer('cell_padding', 'Cell Padding', 2, 'The distance between cells, in pixels'),
        ],
        [
          integer('cell_radius', 'Cell Radius', 0, 'The pixel radius'),
          integer('steps', 'Color Steps', 10, 'The number color "steps"'),
        ],
        [
          { ...sharedControls.y_axis_format, label: 'Number Format' },
          { ...sharedControls.x_axis_time_format, label: 'Time Format' },
        ],
        [
          {
            ...sharedControls.show_legend,
            label: 'Legend',
            description: 'Whether to display the legend (toggles)',
          },
          {
            name: 'show_values',
            kind: 'checkbox',
            label: 'Show Values',
            default: false,
            renderTrigger: true,
            description: 'Whether to display the numerical values within the cells',
          },
        ],
        [
          {
            name: 'show_metric_name',
            kind: 'checkbox',
            label: 'Show Metric Names',
            default: true,
            renderTrigger: true,
            description: 'Whether to display the metric name as a title',
          },
        ],
      ],
    },
  ],
};
