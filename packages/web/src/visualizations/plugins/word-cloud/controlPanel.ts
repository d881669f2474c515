import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';

/** The Word Cloud's controls (Superset's word cloud `controlPanel`). */
export const wordCloudControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [sharedControls.series],
        [sharedControls.metric],
        [sharedControls.adhoc_filters],
        [{ ...sharedControls.row_limit, default: 100 }],
        [
          {
            ...sharedControls.sort_by_metric,
            description: 'Whether to sort results by the selected metric in descending order.',
          },
        ],
      ],
    },
    {
      label: 'Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'size_from',
            kind: 'number',
            label: 'Minimum Font Size',
            default: 10,
            isInteger: true,
            min: 1,
            renderTrigger: true,
            description: 'Font size for the smallest value in the list',
          },
          {
            name: 'size_to',
            kind: 'number',
            label: 'Maximum Font Size',
            default: 70,
            isInteger: true,
            min: 1,
            renderTrigger: true,
            description: 'Font size for the biggest value in the list',
          },
        ],
        [
          {
            name: 'rotation',
            kind: 'select',
            label: 'Word Rotation',
            default: 'square',
            renderTrigger: true,
            options: [
              { value: 'random', label: 'random' },
              { value: 'flat', label: 'flat' },
              { value: 'square', label: 'square' },
            ],
            description: 'Rotation to apply to words in the cloud',
          },
        ],
        [sharedControls.color_scheme],
      ],
    },
  ],
};
