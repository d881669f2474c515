import { defineChartPlugin } from '../../../core/chart-plugin';
import { validateRequiredControls } from '../../../core/control-panel';
import type { DeckChartProps } from '../common/types';
import { buildPathQuery } from './buildQuery';
import { pathControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformPathProps } from './transformProps';
import type { DeckPathFormData } from './types';

/** deck.gl Path (`deck_path`): a line per row, such as routes or transit lines. */
export const deckPathPlugin = defineChartPlugin<DeckPathFormData, DeckChartProps>({
  vizType: 'deck_path',
  name: 'deck.gl Path',
  description:
    'Draws a line per row on a map from a column of coordinates (JSON or an encoded polyline), such as routes.',
  category: 'Map',
  tags: ['deckGL', 'Web', 'Geo', 'Transformable'],
  thumbnail,
  controlPanel: pathControlPanel,
  validate: (formData) => validateRequiredControls(pathControlPanel, formData),
  buildQuery: buildPathQuery,
  transformProps: transformPathProps,
  loadComponent: () => import('../common/DeckGLChart'),
});
