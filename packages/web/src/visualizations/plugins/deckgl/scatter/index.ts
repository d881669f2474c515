import { defineChartPlugin } from '../../../core/chart-plugin';
import { validateRequiredControls } from '../../../core/control-panel';
import { validateFixedOrMetric } from '../common/fixed-or-metric';
import { validateSpatial } from '../common/spatial-controls';
import type { DeckChartProps } from '../common/types';
import { buildScatterQuery } from './buildQuery';
import { scatterControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformScatterProps } from './transformProps';
import type { DeckScatterFormData } from './types';

/** deck.gl Scatterplot (`deck_scatter`): a circle per location, sized and coloured. */
export const deckScatterPlugin = defineChartPlugin<DeckScatterFormData, DeckChartProps>({
  vizType: 'deck_scatter',
  name: 'deck.gl Scatterplot',
  description:
    'A map of circles, one per location, sized by a fixed radius or a metric and coloured by a category.',
  category: 'Map',
  tags: ['deckGL', 'Comparison', 'Scatter', '2D', 'Geo', 'Intensity', 'Density'],
  thumbnail,
  controlPanel: scatterControlPanel,
  validate: (formData) => [
    ...validateSpatial(formData, 'spatial'),
    ...validateFixedOrMetric(formData, 'point_radius_fixed', 'Point Size'),
    ...validateRequiredControls(scatterControlPanel, formData),
  ],
  buildQuery: buildScatterQuery,
  transformProps: transformScatterProps,
  loadComponent: () => import('../common/DeckGLChart'),
});
