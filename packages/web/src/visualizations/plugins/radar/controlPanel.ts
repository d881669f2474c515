import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';

const LABEL_POSITIONS = [
  'top',
  'left',
  'right',
  'bottom',
  'inside',
  'insideLeft',
  'insideRight',
  'insideTop',
  'insideBottom',
  'insideTopLeft',
  'insideBottomLeft',
  'insideTopRight',
  'insideBottomRight',
];

/** The Radar Chart's controls (Superset's Radar `controlPanel`). */
export const radarControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [sharedControls.groupby],
        [sharedControls.metrics],
        [sharedControls.timeseries_limit_metric],
        [sharedControls.adhoc_filters],
        [{ ...sharedControls.row_limit, default: 10 }],
        [
          {
            name: 'is_normalized',
            kind: 'checkbox',
            label: 'Normalize Values',
            default: false,
            renderTrigger: true,
            description:
              "Scales each group's values between 0 and 1 (by its largest value) so the shapes compare.",
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
        [sharedControls.show_legend],
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
            name: 'label_type',
            kind: 'select',
            label: 'Label Type',
            default: 'value',
            renderTrigger: true,
            options: [
              { value: 'value', label: 'Value' },
              { value: 'key_value', label: 'Category and Value' },
            ],
          },
        ],
        [
          {
            name: 'label_position',
            kind: 'select',
            label: 'Label position',
            default: 'top',
            renderTrigger: true,
            options: LABEL_POSITIONS.map((position) => ({ value: position, label: position })),
          },
        ],
        [sharedControls.number_format],
        [sharedControls.date_format],
        [
          {
            name: 'is_circle',
            kind: 'checkbox',
            label: 'Circle radar shape',
            default: false,
            renderTrigger: true,
            description: 'Draws the radar grid as circles instead of polygons.',
          },
        ],
      ],
    },
  ],
};
