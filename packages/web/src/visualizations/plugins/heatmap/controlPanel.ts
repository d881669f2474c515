import type { ControlPanel, SelectOption } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';

const AXIS_SORTS: readonly SelectOption[] = [
  { value: 'alpha_asc', label: 'Axis ascending' },
  { value: 'alpha_desc', label: 'Axis descending' },
  { value: 'value_asc', label: 'Metric ascending' },
  { value: 'value_desc', label: 'Metric descending' },
];

const SCALE_INTERVALS: readonly SelectOption[] = [
  { value: -1, label: 'Auto' },
  ...Array.from({ length: 50 }, (_, i) => ({ value: i + 1, label: String(i + 1) })),
];

/** The Heatmap's controls (Superset's Heatmap `controlPanel`). */
export const heatmapControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [sharedControls.x_axis],
        [sharedControls.time_grain_sqla],
        [
          {
            name: 'groupby',
            kind: 'column',
            label: 'Y-Axis',
            required: true,
            description: 'Dimension to use on y-axis.',
          },
        ],
        [sharedControls.metric],
        [sharedControls.adhoc_filters],
        [sharedControls.row_limit],
        [
          {
            name: 'sort_x_axis',
            kind: 'select',
            label: 'Sort X Axis',
            default: 'alpha_asc',
            options: AXIS_SORTS,
          },
        ],
        [
          {
            name: 'sort_y_axis',
            kind: 'select',
            label: 'Sort Y Axis',
            default: 'alpha_asc',
            options: AXIS_SORTS,
          },
        ],
        [
          {
            name: 'normalize_across',
            kind: 'select',
            label: 'Normalize Across',
            default: 'heatmap',
            options: [
              { value: 'heatmap', label: 'heatmap' },
              { value: 'x', label: 'x' },
              { value: 'y', label: 'y' },
            ],
            description:
              'What a cell is compared with for its shade and percentage: the whole heatmap, its column (x) or its row (y).',
          },
        ],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'legend_type',
            kind: 'select',
            label: 'Legend Type',
            default: 'continuous',
            renderTrigger: true,
            options: [
              { value: 'continuous', label: 'Continuous' },
              { value: 'piecewise', label: 'Piecewise' },
            ],
          },
        ],
        [sharedControls.linear_color_scheme],
        [
          {
            name: 'xscale_interval',
            kind: 'select',
            label: 'XScale Interval',
            default: -1,
            renderTrigger: true,
            options: SCALE_INTERVALS,
            description: 'Show every n-th label of the x-axis.',
          },
        ],
        [
          {
            name: 'yscale_interval',
            kind: 'select',
            label: 'YScale Interval',
            default: -1,
            renderTrigger: true,
            options: SCALE_INTERVALS,
            description: 'Show every n-th label of the y-axis.',
          },
        ],
        [{ ...sharedControls.y_axis_format, label: 'Value Format' }],
        [sharedControls.x_axis_time_format],
        [{ ...sharedControls.show_legend, label: 'Legend' }],
        [
          {
            name: 'show_percentage',
            kind: 'checkbox',
            label: 'Show percentage',
            default: true,
            renderTrigger: true,
            description: "Whether the tooltip shows the cell's share of its normalisation range.",
          },
        ],
        [
          {
            name: 'show_values',
            kind: 'checkbox',
            label: 'Show Values',
            default: false,
            renderTrigger: true,
            description: 'Whether to write the value in each cell.',
          },
        ],
        [
          {
            name: 'normalized',
            kind: 'checkbox',
            label: 'Normalized',
            default: false,
            renderTrigger: true,
            description:
              'Colors cells by their percentile rank instead of their value, so outliers do not wash out the scale.',
          },
        ],
      ],
    },
  ],
};
