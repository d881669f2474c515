import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import type { GraphFormData } from './types';

const isForceLayout = (formData: GraphFormData) => (formData.layout ?? 'force') === 'force';

/** The Graph Chart's controls (Superset's Graph `controlPanel`). */
export const graphControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            ...sharedControls.entity,
            name: 'source',
            label: 'Source',
            description: 'Name of the source nodes',
          },
        ],
        [
          {
            ...sharedControls.entity,
            name: 'target',
            label: 'Target',
            description: 'Name of the target nodes',
          },
        ],
        [sharedControls.metric],
        [
          {
            ...sharedControls.entity,
            name: 'source_category',
            label: 'Source category',
            required: false,
            description:
              'The category of source nodes used to assign colors. If a node is associated with more than one category, only the first will be used.',
          },
        ],
        [
          {
            ...sharedControls.entity,
            name: 'target_category',
            label: 'Target category',
            required: false,
            description: 'Category of target nodes',
          },
        ],
        [sharedControls.adhoc_filters],
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
            name: 'legendType',
            kind: 'select',
            label: 'Type',
            default: 'scroll',
            renderTrigger: true,
            options: [
              { value: 'scroll', label: 'Scroll' },
              { value: 'plain', label: 'Plain' },
            ],
            description: 'Legend type',
            visibleWhen: (formData) => formData.show_legend !== false,
          },
          {
            name: 'legendOrientation',
            kind: 'select',
            label: 'Orientation',
            default: 'top',
            renderTrigger: true,
            options: [
              { value: 'top', label: 'Top' },
              { value: 'bottom', label: 'Bottom' },
              { value: 'left', label: 'Left' },
              { value: 'right', label: 'Right' },
            ],
            description: 'Legend Orientation',
            visibleWhen: (formData) => formData.show_legend !== false,
          },
        ],
        [
          {
            name: 'legendSort',
            kind: 'select',
            label: 'Sort legend',
            clearable: true,
            renderTrigger: true,
            options: [
              { value: 'asc', label: 'Label ascending' },
              { value: 'desc', label: 'Label descending' },
            ],
            description: 'Changes the sort value of the items in the legend only',
            visibleWhen: (formData) => formData.show_legend !== false,
          },
        ],
        [
          {
            name: 'layout',
            kind: 'select',
            label: 'Graph layout',
            default: 'force',
            renderTrigger: true,
            options: [
              { value: 'force', label: 'Force' },
              { value: 'circular', label: 'Circular' },
            ],
            description: 'Layout type of graph',
          },
        ],
        [
          {
            name: 'edgeSymbol',
            kind: 'select',
            label: 'Edge symbols',
            default: 'none,arrow',
            renderTrigger: true,
            options: [
              { value: 'none,none', label: 'None -> None' },
              { value: 'none,arrow', label: 'None -> Arrow' },
              { value: 'circle,arrow', label: 'Circle -> Arrow' },
              { value: 'circle,circle', label: 'Circle -> Circle' },
            ],
            description: 'Symbol of two ends of edge line',
          },
        ],
        [
          {
            name: 'draggable',
            kind: 'checkbox',
            label: 'Enable node dragging',
            default: false,
            renderTrigger: true,
            description: 'Whether to enable node dragging in force layout mode.',
            visibleWhen: isForceLayout,
          },
        ],
        [
          {
            name: 'roam',
            kind: 'select',
            label: 'Enable graph roaming',
            default: 'true',
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
        [
          {
            name: 'selectedMode',
            kind: 'select',
            label: 'Node select mode',
            default: 'single',
            renderTrigger: true,
            options: [
              { value: 'false', label: 'Disabled' },
              { value: 'single', label: 'Single' },
              { value: 'multiple', label: 'Multiple' },
            ],
            description: 'Allow node selections',
          },
        ],
        [
          {
            name: 'showSymbolThreshold',
            kind: 'number',
            label: 'Label threshold',
            default: 0,
            isInteger: true,
            min: 0,
            renderTrigger: true,
            description: 'Minimum value for label to be displayed on graph.',
          },
        ],
        [
          {
            name: 'baseNodeSize',
            kind: 'number',
            label: 'Node size',
            default: 20,
            min: 0,
            renderTrigger: true,
            description:
              'Median node size, the largest node will be 4 times larger than the smallest',
          },
          {
            name: 'baseEdgeWidth',
            kind: 'number',
            label: 'Edge width',
            default: 3,
            min: 0,
            renderTrigger: true,
            description:
              'Median edge width, the thickest edge will be 4 times thicker than the thinnest.',
          },
        ],
        [
          {
            name: 'edgeLength',
            kind: 'number',
            label: 'Edge length',
            default: 400,
            min: 100,
            max: 1000,
            step: 50,
            renderTrigger: true,
            description: 'Edge length between nodes',
            visibleWhen: isForceLayout,
          },
        ],
        [
          {
            name: 'gravity',
            kind: 'number',
            label: 'Gravity',
            default: 0.3,
            min: 0.1,
            max: 1,
            step: 0.1,
            renderTrigger: true,
            description: 'Strength to pull the graph toward center',
            visibleWhen: isForceLayout,
          },
        ],
        [
          {
            name: 'repulsion',
            kind: 'number',
            label: 'Repulsion',
            default: 1000,
            min: 100,
            max: 3000,
            step: 50,
            renderTrigger: true,
            description: 'Repulsion strength between nodes',
            visibleWhen: isForceLayout,
          },
        ],
        [
          {
            name: 'friction',
            kind: 'number',
            label: 'Friction',
            default: 0.2,
            min: 0.1,
            max: 1,
            step: 0.1,
            renderTrigger: true,
            description: 'Friction between nodes',
            visibleWhen: isForceLayout,
          },
        ],
      ],
    },
  ],
};
