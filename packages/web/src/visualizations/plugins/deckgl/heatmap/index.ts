import { defineChartPlugin } from '../../../core/chart-plugin';
import { validateRequiredControls } from '../../../core/control-panel';
import { validateSpatial } from '../common/spatial-controls';
import type { DeckChartProps } from '../common/types';
import { buildHeatmapQuery } from './buildQuery';
import { heatmapControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformHeatmapProps } from './transformProps';
import type { DeckHeatmapFormData } from './types';

/** deck.gl Heatmap (`deck_heatmap`): where points are dense, as a smooth colour surface. */
export const deckHeatmapPlugin = defineChartPlugin<DeckHeatmapFormData, DeckChartProps>({
  vizType: 'deck_heatmap',
  name: 'deck.gl Heatmap',
  description:
    'Shows where points concentrate on a map as a smooth surface of colour, weighted by a metric.',
  category: 'Map',
  tags: ['deckGL', 'Spatial', 'Heatmap', 'Density', 'Intensity', 'Geo'],
  thumbnail,
  controlPanel: heatmapControlPanel,
  validate: (formData) => [
    ...validateSpatial(formData, 'spatial'),
    ...validateRequiredControls(heatmapControlPanel, formData),
  ],
  buildQuery: buildHeatmapQuery,
  transformProps: transformHeatmapProps,
  loadComponent: () => import('../common/DeckGLChart'),
});
