import type { ControlPanel, SelectOption } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import { FunnelLabelType } from './types';

const LABEL_TYPES: readonly SelectOption[] = [
  { value: FunnelLabelType.Key, label: 'Category Name' },
  { value: FunnelLabelType.Value, label: 'Value' },
  { value: FunnelLabelType.Percent, label: 'Percentage' },
  { value: FunnelLabelType.KeyValue, label: 'Category and Value' },
  { value: FunnelLabelType.KeyPercent, label: 'Category and Percentage' },
  { value: FunnelLabelType.KeyValuePercent, label: 'Category, Value and Percentage' },
  { value: FunnelLabelType.ValuePercent, label: 'Value and Percentage' },
];

/** The Funnel Chart's controls (Superset's Funnel `controlPanel`). */
export const funnelControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [sharedControls.groupby],
        [sharedControls.metric],
        [sharedControls.adhoc_filters],
        [{ ...sharedControls.row_limit, default: 10 }],
        [sharedControls.sort_by_metric],
        [
          {
            name: 'percent_calculation_type',
            kind: 'select',
            label: '% calculation',
            default: 'first_step',
            renderTrigger: true,
            options: [
              { value: 'first_step', label: 'Calculate from first step' },
              { value: 'prev_step', label: 'Calculate from previous step' },
              { value: 'total', label: 'Percent of total' },
            ],
            description:
              "What each step's percentage is relative to: the first step, the step before it, or the sum of all steps.",
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
            name: 'label_type',
            kind: 'select',
            label: 'Label Contents',
            default: FunnelLabelType.Key,
            renderTrigger: true,
            options: LABEL_TYPES,
            description: 'What each step is labelled with.',
          },
        ],
        [
          {
            name: 'tooltip_label_type',
            kind: 'select',
            label: 'Tooltip Contents',
            default: FunnelLabelType.KeyValuePercent,
            renderTrigger: true,
            options: LABEL_TYPES.filter((option) => option.value !== FunnelLabelType.ValuePercent),
            description: 'What the tooltip of a step shows.',
          },
        ],
        [sharedControls.number_format],
        [
          {
            name: 'show_labels',
            kind: 'checkbox',
            label: 'Show Labels',
            default: true,
            renderTrigger: true,
          },
        ],
        [
          {
            name: 'show_tooltip_labels',
            kind: 'checkbox',
            label: 'Show Tooltip Labels',
            default: true,
            renderTrigger: true,
          },
        ],
      ],
    },
  ],
};
