import { defineChartPlugin } from '../../../core/chart-plugin';
import { validateRequiredControls } from '../../../core/control-panel';
import { validateSpatial } from '../common/spatial-controls';
import type { DeckChartProps } from '../common/types';
import { buildScreengridQuery } from './buildQuery';
import { screengridControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformScreengridProps } from './transformProps';
import type { DeckScreengridFormData } from './types';

/** deck.gl Screen Grid (`deck_screengrid`): weights summed into cells of a fixed size on screen. */
export const deckScreengridPlugin = defineChartPlugin<DeckScreengridFormData, DeckChartProps>({
  vizType: 'deck_screengrid',
  name: 'deck.gl Screen Grid',
  description:
    'Sums the weights of points into square cells of a fixed size on screen, coloured by total; the cells follow the zoom.',
  category: 'Map',
  tags: ['deckGL', 'Comparison', 'Intensity', 'Density', 'Geo'],
  thumbnail,
  controlPanel: screengridControlPanel,
  validate: (formData) => [
    ...validateSpatial(formData, 'spatial'),
    ...validateRequiredControls(screengridControlPanel, formData),
  ],
  buildQuery: buildScreengridQuery,
  transformProps: transformScreengridProps,
  loadComponent: () => import('../common/DeckGLChart'),
});
