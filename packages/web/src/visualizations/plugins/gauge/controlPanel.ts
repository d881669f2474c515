import type { ControlConfig, ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';

const checkbox = (
  name: string,
  label: string,
  value: boolean,
  description: string,
): ControlConfig => ({
  name,
  kind: 'checkbox',
  label,
  default: value,
  renderTrigger: true,
  description,
});

/** The Gauge Chart's controls (Superset's Gauge `controlPanel`). */
export const gaugeControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            ...sharedControls.groupby,
            description: 'Columns to group by: one gauge reading per group.',
          },
        ],
        [sharedControls.metric],
        [sharedControls.adhoc_filters],
        [
          {
            ...sharedControls.row_limit,
            default: 10,
            options: Array.from({ length: 10 }, (_, i) => ({ value: i + 1, label: String(i + 1) })),
          },
        ],
        [{ ...sharedControls.sort_by_metric, default: false }],
      ],
    },
    {
      label: 'General',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'min_val',
            kind: 'number',
            label: 'Min',
            renderTrigger: true,
            description: 'Minimum value on the gauge axis',
          },
          {
            name: 'max_val',
            kind: 'number',
            label: 'Max',
            renderTrigger: true,
            description: 'Maximum value on the gauge axis',
          },
        ],
        [
          {
            name: 'start_angle',
            kind: 'number',
            label: 'Start angle',
            default: 225,
            renderTrigger: true,
            description: 'Angle at which the axis starts',
          },
          {
            name: 'end_angle',
            kind: 'number',
            label: 'End angle',
            default: -45,
            renderTrigger: true,
            description: 'Angle at which the axis ends',
          },
        ],
        [sharedControls.color_scheme],
        [
          {
            name: 'font_size',
            kind: 'number',
            label: 'Font size',
            default: 15,
            min: 10,
            max: 20,
            isInteger: true,
            renderTrigger: true,
            description: 'Size of the axis labels, the value and the other texts',
          },
        ],
        [sharedControls.number_format],
        [
          {
            name: 'value_formatter',
            kind: 'text',
            label: 'Value format',
            default: '{value}',
            renderTrigger: true,
            description: 'Text around the value, {value} standing for it, e.g. "{value} km"',
          },
        ],
        [checkbox('show_pointer', 'Show pointer', true, 'Whether to show the pointer')],
        [
          checkbox(
            'animation',
            'Animation',
            true,
            'Whether the progress and the value animate or appear at once',
          ),
        ],
      ],
    },
    {
      label: 'Axis',
      tab: 'customize',
      rows: [
        [
          checkbox(
            'show_axis_tick',
            'Show axis line ticks',
            false,
            'Whether to show minor ticks on the axis',
          ),
        ],
        [
          checkbox(
            'show_split_line',
            'Show split lines',
            false,
            'Whether to show the split lines on the axis',
          ),
        ],
        [
          {
            name: 'split_number',
            kind: 'number',
            label: 'Split number',
            default: 10,
            min: 3,
            max: 30,
            isInteger: true,
            renderTrigger: true,
            description: 'Number of split segments on the axis',
          },
        ],
      ],
    },
    {
      label: 'Progress',
      tab: 'customize',
      rows: [
        [
          checkbox(
            'show_progress',
            'Show progress',
            true,
            'Whether to draw a progress bar along the axis',
          ),
        ],
        [
          checkbox(
            'overlap',
            'Overlap',
            true,
            'Whether the progress bars of several groups overlap or sit side by side',
          ),
        ],
        [checkbox('round_cap', 'Round cap', false, 'Round the ends of the progress bar')],
      ],
    },
    {
      label: 'Intervals',
      tab: 'customize',
      rows: [
        [
          {
            name: 'intervals',
            kind: 'text',
            label: 'Interval bounds',
            default: '',
            renderTrigger: true,
            description:
              'Comma-separated upper bounds of the intervals, e.g. 2,4,5 for 0-2, 2-4 and 4-5. The last should be the max.',
          },
        ],
        [
          {
            name: 'interval_color_indices',
            kind: 'text',
            label: 'Interval colors',
            default: '',
            renderTrigger: true,
            description:
              'Comma-separated colors of the intervals as 1-based positions in the color scheme, e.g. 1,2,4; one per interval.',
          },
        ],
      ],
    },
  ],
};
