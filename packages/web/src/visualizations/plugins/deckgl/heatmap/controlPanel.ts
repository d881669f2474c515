import type { ControlPanel } from '../../../core/control-panel';
import { deckControls, mapSection } from '../common/controls';
import { weightedPointsQueryRows } from '../common/weighted-controls';

/** deck.gl Heatmap's controls (Superset's Heatmap `controlPanel`). */
export const heatmapControlPanel: ControlPanel = {
  sections: [
    { label: 'Query', expanded: true, rows: weightedPointsQueryRows },
    {
      label: 'Heatmap',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'intensity',
            kind: 'number',
            label: 'Intensity',
            default: 1,
            min: 0,
            step: 0.1,
            renderTrigger: true,
            description:
              'Intensity is the value multiplied by the weight to obtain the final weight',
          },
          {
            name: 'radius_pixels',
            kind: 'number',
            label: 'Intensity Radius',
            default: 30,
            min: 1,
            isInteger: true,
            renderTrigger: true,
            description: 'Intensity Radius is the radius at which the weight is distributed',
          },
        ],
        [
          {
            name: 'aggregation',
            kind: 'select',
            label: 'Aggregation',
            default: 'sum',
            clearable: false,
            renderTrigger: true,
            options: [
              { value: 'sum', label: 'sum' },
              { value: 'mean', label: 'mean' },
            ],
            description: 'The function to use when aggregating points into groups',
          },
        ],
        [deckControls.linear_color_scheme],
      ],
    },
    mapSection(),
  ],
};
