import type { ControlPanel } from '../../../core/control-panel';
import { categoryColorRows, deckControls, mapSection, queryTailRows } from '../common/controls';
import { fixedOrMetricControlRows } from '../common/fixed-or-metric';
import { spatialControlRows } from '../common/spatial-controls';

/** The point size of a new chart: 1000 square meters. */
export const DEFAULT_POINT_SIZE = 1000;

/** The deck.gl Scatterplot's controls (Superset's Scatter `controlPanel`). */
export const scatterControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        ...spatialControlRows('spatial'),
        [{ ...deckControls.dimension, description: 'Colour the points by this column' }],
        ...queryTailRows,
      ],
    },
    {
      label: 'Point Size',
      expanded: true,
      rows: [
        ...fixedOrMetricControlRows('point_radius_fixed', 'Point Size', DEFAULT_POINT_SIZE),
        [
          {
            name: 'point_unit',
            kind: 'select',
            label: 'Point Unit',
            default: 'square_m',
            clearable: false,
            renderTrigger: true,
            options: [
              { value: 'square_m', label: 'Square meters' },
              { value: 'square_km', label: 'Square kilometers' },
              { value: 'square_miles', label: 'Square miles' },
              { value: 'radius_m', label: 'Radius in meters' },
              { value: 'radius_km', label: 'Radius in kilometers' },
              { value: 'radius_miles', label: 'Radius in miles' },
            ],
            description: 'The unit of measure for the specified point radius',
          },
        ],
        [
          {
            name: 'min_radius',
            kind: 'number',
            label: 'Minimum Radius',
            default: 2,
            min: 0,
            renderTrigger: true,
            description:
              'Minimum radius size of the circle, in pixels. As the zoom level changes, this insures that the circle respects this minimum radius.',
          },
          {
            name: 'max_radius',
            kind: 'number',
            label: 'Maximum Radius',
            default: 250,
            min: 0,
            renderTrigger: true,
            description:
              'Maximum radius size of the circle, in pixels. As the zoom level changes, this insures that the circle respects this maximum radius.',
          },
        ],
        [deckControls.multiplier],
      ],
    },
    {
      label: 'Point Color',
      tab: 'customize',
      expanded: true,
      rows: [...categoryColorRows, [deckControls.legend_position]],
    },
    mapSection(),
  ],
};
