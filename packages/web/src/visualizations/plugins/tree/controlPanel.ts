import type { ControlPanel, SelectOption } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import type { TreeFormData } from './types';

const isOrthogonal = (formData: TreeFormData) => (formData.layout ?? 'orthogonal') === 'orthogonal';

const LABEL_POSITIONS: SelectOption[] = ['left', 'top', 'right', 'bottom'].map((value) => ({
  value,
  label: value,
}));

/** The Tree Chart's controls (Superset's Tree `controlPanel`). */
export const treeControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            ...sharedControls.entity,
            name: 'id',
            label: 'Id',
            description: 'Name of the id column',
          },
        ],
        [
          {
            ...sharedControls.entity,
            name: 'parent',
            label: 'Parent',
            description: 'Name of the column containing the id of the parent node',
          },
        ],
        [
          {
            ...sharedControls.entity,
            name: 'name',
            label: 'Name',
            required: false,
            description: 'Optional name of the data column.',
          },
        ],
        [
          {
            name: 'root_node_id',
            kind: 'text',
            label: 'Root node id',
            renderTrigger: true,
            description: 'Id of root node of the tree.',
          },
        ],
        [{ ...sharedControls.metric, required: false, description: 'Metric for node values' }],
        [sharedControls.adhoc_filters],
        [sharedControls.row_limit],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'layout',
            kind: 'select',
            label: 'Tree layout',
            default: 'orthogonal',
            renderTrigger: true,
            options: [
              { value: 'orthogonal', label: 'Orthogonal' },
              { value: 'radial', label: 'Radial' },
            ],
            description: 'Layout type of tree',
          },
        ],
        [
          {
            name: 'orient',
            kind: 'select',
            label: 'Tree orientation',
            default: 'LR',
            renderTrigger: true,
            options: [
              { value: 'LR', label: 'Left to Right' },
              { value: 'RL', label: 'Right to Left' },
              { value: 'TB', label: 'Top to Bottom' },
              { value: 'BT', label: 'Bottom to Top' },
            ],
            description: 'Orientation of tree',
            visibleWhen: isOrthogonal,
          },
        ],
        [
          {
            name: 'node_label_position',
            kind: 'select',
            label: 'Node label position',
            default: 'left',
            renderTrigger: true,
            options: LABEL_POSITIONS,
            description: 'Position of intermediate node label on tree',
          },
        ],
        [
          {
            name: 'child_label_position',
            kind: 'select',
            label: 'Child label position',
            default: 'bottom',
            renderTrigger: true,
            options: LABEL_POSITIONS,
            description: 'Position of child node label on tree',
          },
        ],
        [
          {
            name: 'emphasis',
            kind: 'select',
            label: 'Emphasis',
            default: 'descendant',
            renderTrigger: true,
            options: [
              { value: 'ancestor', label: 'ancestor' },
              { value: 'descendant', label: 'descendant' },
            ],
            description: 'Which relatives to highlight on hover',
            visibleWhen: isOrthogonal,
          },
        ],
        [
          {
            name: 'symbol',
            kind: 'select',
            label: 'Symbol',
            default: 'emptyCircle',
            renderTrigger: true,
            options: [
              { value: 'emptyCircle', label: 'Empty circle' },
              { value: 'circle', label: 'Circle' },
              { value: 'rect', label: 'Rectangle' },
              { value: 'triangle', label: 'Triangle' },
              { value: 'diamond', label: 'Diamond' },
              { value: 'pin', label: 'Pin' },
              { value: 'arrow', label: 'Arrow' },
              { value: 'none', label: 'None' },
            ],
            description: 'The shape of each node',
          },
        ],
        [
          {
            name: 'symbolSize',
            kind: 'number',
            label: 'Symbol size',
            default: 7,
            min: 5,
            max: 30,
            step: 2,
            renderTrigger: true,
            description: 'Size of edge symbols',
          },
        ],
        [
          {
            name: 'roam',
            kind: 'select',
            label: 'Enable graph roaming',
            default: 'false',
            renderTrigger: true,
            options: [
              { value: 'false', label: 'Disabled' },
              { value: 'scale', label: 'Scale only' },
              { value: 'move', label: 'Move only' },
              { value: 'true', label: 'Scale and Move' },
            ],
            description: 'Whether to enable changing graph position and scaling.',
          },
        ],
      ],
    },
  ],
};
