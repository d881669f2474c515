import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';

/** The Treemap's controls (Superset's Treemap v2 `controlPanel`). */
export const treemapControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [{ ...sharedControls.groupby, required: true }],
        [sharedControls.metric],
        [sharedControls.row_limit],
        [sharedControls.sort_by_metric],
        [sharedControls.adhoc_filters],
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
            name: 'show_labels',
            kind: 'checkbox',
            label: 'Show Labels',
            default: true,
            renderTrigger: true,
            description: 'Whether to display the labels.',
          },
        ],
        [
          {
            name: 'show_upper_labels',
            kind: 'checkbox',
            label: 'Show Upper Labels',
            default: true,
            renderTrigger: true,
            description: 'Show labels when the node has children.',
          },
        ],
        [
          {
            name: 'label_type',
            kind: 'select',
            label: 'Label Type',
            default: 'key_value',
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
