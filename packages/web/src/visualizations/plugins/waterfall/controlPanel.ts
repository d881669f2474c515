import type { ControlConfig, ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import { DEFAULT_WATERFALL_COLORS } from './types';

const text = (name: string, label: string, description?: string): ControlConfig => ({
  name,
  kind: 'text',
  label,
  default: '',
  renderTrigger: true,
  ...(description ? { description } : {}),
});

const color = (name: string, label: string, value: object): ControlConfig => ({
  name,
  kind: 'color',
  label,
  default: value,
  renderTrigger: true,
});

/**
 * The Waterfall Chart's panel (Superset's Waterfall `controlPanel`): x-axis, breakdown and
 * metric in the Data tab; values, legend, bar colors and labels and the axes in Customize.
 */
export const waterfallControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [{ ...sharedControls.x_axis, temporalOnly: false }],
        [sharedControls.time_grain_sqla],
        [
          {
            name: 'groupby',
            kind: 'column',
            label: 'Breakdowns',
            description:
              'Breaks each period down by the values of this column, to show how each one moves the total.',
          },
        ],
        [sharedControls.metric],
        [sharedControls.adhoc_filters],
        [sharedControls.row_limit],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'show_value',
            kind: 'checkbox',
            label: 'Show Values',
            default: false,
            renderTrigger: true,
          },
        ],
        [{ ...sharedControls.show_legend, default: false }],
      ],
    },
    {
      label: 'Series settings',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          color('increase_color', 'Increase color', DEFAULT_WATERFALL_COLORS.increase),
          text(
            'increase_label',
            'Increase label',
            'The name of increases in tooltips and the legend.',
          ),
        ],
        [
          color('decrease_color', 'Decrease color', DEFAULT_WATERFALL_COLORS.decrease),
          text(
            'decrease_label',
            'Decrease label',
            'The name of decreases in tooltips and the legend.',
          ),
        ],
        [
          {
            name: 'show_total',
            kind: 'checkbox',
            label: 'Show total',
            default: true,
            renderTrigger: true,
            description: 'Display cumulative total at end',
          },
        ],
        [
          color('total_color', 'Total color', DEFAULT_WATERFALL_COLORS.total),
          text(
            'total_label',
            'Total label',
            'The name of totals in tooltips, the legend and the axis.',
          ),
        ],
      ],
    },
    {
      label: 'X Axis',
      tab: 'customize',
      expanded: true,
      rows: [
        [text('x_axis_label', 'X Axis Label')],
        [sharedControls.x_axis_time_format],
        [
          {
            name: 'x_ticks_layout',
            kind: 'select',
            label: 'X Tick Layout',
            default: 'auto',
            clearable: false,
            renderTrigger: true,
            options: ['auto', 'flat', '45°', '90°', 'staggered'].map((value) => ({
              value,
              label: value,
            })),
            description: 'The way the ticks are laid out on the X-axis',
          },
        ],
      ],
    },
    {
      label: 'Y Axis',
      tab: 'customize',
      expanded: true,
      rows: [[text('y_axis_label', 'Y Axis Label')], [sharedControls.y_axis_format]],
    },
  ],
};
