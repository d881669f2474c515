import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import { colorMetricOf } from './hierarchy';
import type { SunburstFormData } from './types';

const hasColorMetric = (formData: SunburstFormData) => colorMetricOf(formData) !== undefined;

/** The Sunburst Chart's controls (Superset's Sunburst v2 `controlPanel`). */
export const sunburstControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            name: 'columns',
            kind: 'columns',
            label: 'Hierarchy',
            required: true,
            default: [],
            description:
              'Sets the hierarchy levels of the chart. Each level is represented by one ring with the innermost circle as the top of the hierarchy.',
          },
        ],
        [
          {
            ...sharedControls.metric,
            label: 'Primary Metric',
            description: 'The primary metric is used to define the arc segment sizes',
          },
        ],
        [
          {
            ...sharedControls.secondary_metric,
            description:
              '[optional] this secondary metric is used to define the color as a ratio against the primary metric. When omitted, the color is categorical and based on labels',
          },
        ],
        [sharedControls.adhoc_filters],
        [sharedControls.row_limit],
        [sharedControls.sort_by_metric],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            ...sharedControls.color_scheme,
            description:
              'When only a primary metric is provided, a categorical color scale is used.',
            visibleWhen: (formData) => !hasColorMetric(formData),
          },
        ],
        [
          {
            ...sharedControls.linear_color_scheme,
            description: 'When a secondary metric is provided, a linear color scale is used.',
            visibleWhen: hasColorMetric,
          },
        ],
        [
          {
            name: 'show_labels',
            kind: 'checkbox',
            label: 'Show Labels',
            default: false,
            renderTrigger: true,
            description: 'Whether to display the labels.',
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
            name: 'show_total',
            kind: 'checkbox',
            label: 'Show Total',
            default: false,
            renderTrigger: true,
            description: 'Whether to display the aggregate count',
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
              { value: 'key_value', label: 'Category and Value' },
            ],
            description: 'What should be shown on the label?',
          },
        ],
        [sharedControls.number_format],
        [sharedControls.date_format],
      ],
    },
  ],
};
