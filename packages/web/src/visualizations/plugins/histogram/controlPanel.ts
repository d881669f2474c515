import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import { NumberFormats } from '../../formatting/number-formats';

/** The Histogram's controls (Superset's Histogram `controlPanel`). */
export const histogramControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            name: 'column',
            kind: 'column',
            label: 'Column',
            required: true,
            description: 'The numeric column whose values are counted into bins.',
          },
        ],
        [sharedControls.groupby],
        [sharedControls.adhoc_filters],
        [sharedControls.row_limit],
        [
          {
            name: 'bins',
            kind: 'select',
            label: 'Bins',
            default: 5,
            freeForm: true,
            options: [5, 10, 15, 20].map((bins) => ({ value: bins, label: String(bins) })),
            description: 'How many equal-width bins the range of values is cut into.',
          },
        ],
        [
          {
            name: 'normalize',
            kind: 'checkbox',
            label: 'Normalize',
            default: false,
            description:
              "Shows each bin's share of all values instead of its count, so the bars add up to 1.",
          },
        ],
        [
          {
            name: 'cumulative',
            kind: 'checkbox',
            label: 'Cumulative',
            default: false,
            description:
              'Each bar counts the values of its bin and of every bin before it (a running total).',
          },
        ],
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
            name: 'show_value',
            kind: 'checkbox',
            label: 'Show Values',
            default: false,
            renderTrigger: true,
            description: 'Whether to show the value on top of each bar.',
          },
        ],
        [sharedControls.show_legend],
        [{ name: 'x_axis_title', kind: 'text', label: 'X Axis Title', renderTrigger: true }],
        [
          {
            name: 'x_axis_format',
            kind: 'number-format',
            label: 'X Axis Format',
            default: NumberFormats.SMART_NUMBER,
            renderTrigger: true,
          },
        ],
        [{ name: 'y_axis_title', kind: 'text', label: 'Y Axis Title', renderTrigger: true }],
        [sharedControls.y_axis_format],
      ],
    },
  ],
};
