import { defineChartPlugin } from '../../../core/chart-plugin';
import { validateRequiredControls } from '../../../core/control-panel';
import { validateSpatial } from '../common/spatial-controls';
import type { DeckChartProps } from '../common/types';
import { buildGridQuery } from './buildQuery';
import { gridControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformGridProps } from './transformProps';
import type { DeckGridFormData } from './types';

/** deck.gl Grid (`deck_grid`): points binned into square cells, coloured and raised by weight. */
export const deckGridPlugin = defineChartPlugin<DeckGridFormData, DeckChartProps>({
  vizType: 'deck_grid',
  name: 'deck.gl Grid',
  description:
    'Bins points into square cells on a map; each cell is coloured and raised by the combined weight of its points.',
  category: 'Map',
  tags: ['deckGL', '3D', 'Geo', 'Comparison', 'Density', 'Intensity'],
  thumbnail,
  controlPanel: gridControlPanel,
  validate: (formData) => [
    ...validateSpatial(formData, 'spatial'),
    ...validateRequiredControls(gridControlPanel, formData),
  ],
  buildQuery: buildGridQuery,
  transformProps: transformGridProps,
  loadComponent: () => import('../common/DeckGLChart'),
});
