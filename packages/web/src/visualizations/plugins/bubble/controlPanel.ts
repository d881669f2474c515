import type { ControlConfig, ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import { NumberFormats } from '../../formatting/number-formats';

const TITLE_MARGINS = [15, 30, 50, 75, 100, 125, 150, 200].map((margin) => ({
  value: margin,
  label: String(margin),
}));

const metric = (name: string, label: string, description: string): ControlConfig => ({
  ...sharedControls.metric,
  name,
  label,
  description,
});

const titleMargin = (name: string, label: string): ControlConfig => ({
  name,
  kind: 'select',
  label,
  default: 30,
  freeForm: true,
  clearable: true,
  renderTrigger: true,
  options: TITLE_MARGINS,
});

/** The Bubble Chart's controls (Superset's Bubble `controlPanel`). */
export const bubbleControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            ...sharedControls.series,
            required: false,
            description: 'Groups the bubbles: each value gets its own color and legend entry.',
          },
        ],
        [{ ...sharedControls.entity, description: 'The column whose values are the bubbles.' }],
        [metric('x', 'X Axis', 'The metric that places each bubble along the x-axis.')],
        [metric('y', 'Y Axis', 'The metric that places each bubble along the y-axis.')],
        [sharedControls.adhoc_filters],
        [metric('size', 'Bubble Size', 'The metric that sizes each bubble.')],
        [
          {
            ...sharedControls.metric,
            name: 'orderby',
            label: 'Sort query by',
            required: false,
            description: 'Orders the query, deciding which bubbles the row limit keeps.',
          },
        ],
        [{ ...sharedControls.order_desc, visibleWhen: (formData) => Boolean(formData.orderby) }],
        [sharedControls.row_limit],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [sharedControls.color_scheme],
        [sharedControls.show_legend],
        [
          {
            name: 'max_bubble_size',
            kind: 'select',
            label: 'Max Bubble Size',
            default: '25',
            freeForm: true,
            renderTrigger: true,
            options: ['5', '10', '15', '25', '50', '75', '100'].map((size) => ({
              value: size,
              label: size,
            })),
          },
        ],
        [
          {
            ...sharedControls.y_axis_format,
            name: 'tooltipSizeFormat',
            label: 'Bubble size number format',
          },
        ],
        [
          {
            name: 'opacity',
            kind: 'number',
            label: 'Bubble Opacity',
            default: 0.6,
            min: 0,
            max: 1,
            step: 0.1,
            renderTrigger: true,
            description: 'Opacity of bubbles, 0 means completely transparent, 1 means opaque',
          },
        ],
      ],
    },
    {
      label: 'X Axis',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'x_axis_label',
            kind: 'text',
            label: 'X Axis Title',
            default: '',
            renderTrigger: true,
          },
        ],
        [titleMargin('x_axis_title_margin', 'X Axis Title Margin')],
        [
          {
            name: 'xAxisFormat',
            kind: 'number-format',
            label: 'X Axis Format',
            default: NumberFormats.SMART_NUMBER,
            renderTrigger: true,
          },
        ],
        [
          {
            name: 'logXAxis',
            kind: 'checkbox',
            label: 'Logarithmic x-axis',
            default: false,
            renderTrigger: true,
          },
        ],
      ],
    },
    {
      label: 'Y Axis',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'y_axis_label',
            kind: 'text',
            label: 'Y Axis Title',
            default: '',
            renderTrigger: true,
          },
        ],
        [titleMargin('y_axis_title_margin', 'Y Axis Title Margin')],
        [sharedControls.y_axis_format],
        [
          {
            name: 'logYAxis',
            kind: 'checkbox',
            label: 'Logarithmic y-axis',
            default: false,
            renderTrigger: true,
          },
        ],
        [
          {
            name: 'truncateYAxis',
            kind: 'checkbox',
            label: 'Truncate Y Axis',
            default: false,
            renderTrigger: true,
            description: 'Starts the y-axis near the smallest value instead of at zero.',
          },
        ],
      ],
    },
  ],
};
