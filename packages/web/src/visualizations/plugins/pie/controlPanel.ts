import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';

/** The Pie Chart's controls (Superset's Pie `controlPanel`). */
export const pieControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [sharedControls.groupby],
        [sharedControls.metric],
        [sharedControls.adhoc_filters],
        [{ ...sharedControls.row_limit, default: 100 }],
        [sharedControls.sort_by_metric],
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
            name: 'show_labels',
            kind: 'checkbox',
            label: 'Show labels',
            default: true,
            renderTrigger: true,
          },
        ],
        [
          {
            name: 'show_labels_threshold',
            kind: 'number',
            label: 'Percentage threshold',
            default: 5,
            min: 0,
            max: 100,
            renderTrigger: true,
            description: 'Minimum threshold in percentage points for showing labels.',
          },
        ],
        [
          {
            name: 'label_type',
            kind: 'select',
            label: 'Label Type',
            default: 'key',
            renderTrigger: true,
            options: [
              { value: 'key', label: 'Category Name' },
              { value: 'value', label: 'Value' },
              { value: 'percent', label: 'Percentage' },
              { value: 'key_value', label: 'Category and Value' },
              { value: 'key_percent', label: 'Category and Percentage' },
              { value: 'key_value_percent', label: 'Category, Value and Percentage' },
              { value: 'value_percent', label: 'Value and Percentage' },
            ],
          },
        ],
        [sharedControls.number_format],
        [sharedControls.date_format],
        [
          {
            name: 'labels_outside',
            kind: 'checkbox',
            label: 'Put labels outside',
            default: true,
            renderTrigger: true,
          },
        ],
        [
          {
            name: 'outerRadius',
            kind: 'number',
            label: 'Outer Radius',
            default: 70,
            min: 10,
            max: 100,
            renderTrigger: true,
          },
        ],
        [{ name: 'donut', kind: 'checkbox', label: 'Donut', default: false, renderTrigger: true }],
        [
          {
            name: 'innerRadius',
            kind: 'number',
            label: 'Inner Radius',
            default: 30,
            min: 0,
            max: 100,
            renderTrigger: true,
            visibleWhen: (formData) => formData.donut === true,
          },
        ],
        [
          {
            name: 'show_total',
            kind: 'checkbox',
            label: 'Show Total',
            default: false,
            renderTrigger: true,
          },
        ],
      ],
    },
  ],
};
