import { defineChartPlugin } from '../../../core/chart-plugin';
import { validateRequiredControls } from '../../../core/control-panel';
import { validateSpatial } from '../common/spatial-controls';
import type { DeckChartProps } from '../common/types';
import { buildHexQuery } from './buildQuery';
import { hexControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformHexProps } from './transformProps';
import type { DeckHexFormData } from './types';

/** deck.gl 3D Hexagon (`deck_hex`): points binned into hexagons, coloured and raised by weight. */
export const deckHexPlugin = defineChartPlugin<DeckHexFormData, DeckChartProps>({
  vizType: 'deck_hex',
  name: 'deck.gl 3D Hexagon',
  description:
    'Bins points into hexagons on a map; each hexagon is coloured and raised by the combined weight of its points.',
  category: 'Map',
  tags: ['deckGL', '3D', 'Geo', 'Comparison', 'Density', 'Intensity'],
  thumbnail,
  controlPanel: hexControlPanel,
  validate: (formData) => [
    ...validateSpatial(formData, 'spatial'),
    ...validateRequiredControls(hexControlPanel, formData),
  ],
  buildQuery: buildHexQuery,
  transformProps: transformHexProps,
  loadComponent: () => import('../common/DeckGLChart'),
});
