import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';

/** The Sankey Chart's controls (Superset's Sankey v2 `controlPanel`). */
export const sankeyControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            name: 'source',
            kind: 'column',
            label: 'Source',
            required: true,
            description: 'The column to be used as the source of the edge.',
          },
        ],
        [
          {
            name: 'target',
            kind: 'column',
            label: 'Target',
            required: true,
            description: 'The column to be used as the target of the edge.',
          },
        ],
        [sharedControls.metric],
        [sharedControls.adhoc_filters],
        [sharedControls.row_limit],
        [sharedControls.sort_by_metric],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [[sharedControls.color_scheme]],
    },
  ],
};
