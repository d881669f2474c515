import { defineChartPlugin } from '../../../core/chart-plugin';
import { validateRequiredControls } from '../../../core/control-panel';
import { validateSpatial } from '../common/spatial-controls';
import type { DeckChartProps } from '../common/types';
import { buildArcQuery } from './buildQuery';
import { arcControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformArcProps } from './transformProps';
import type { DeckArcFormData } from './types';

/** deck.gl Arc (`deck_arc`): an arc per row between two locations, such as flights. */
export const deckArcPlugin = defineChartPlugin<DeckArcFormData, DeckChartProps>({
  vizType: 'deck_arc',
  name: 'deck.gl Arc',
  description:
    'Draws an arc between two locations per row, such as a flight from its origin to its destination.',
  category: 'Map',
  tags: ['deckGL', 'Geo', '3D', 'Relational', 'Web'],
  thumbnail,
  controlPanel: arcControlPanel,
  validate: (formData) => [
    ...validateSpatial(formData, 'start_spatial', 'Start'),
    ...validateSpatial(formData, 'end_spatial', 'End'),
    ...validateRequiredControls(arcControlPanel, formData),
  ],
  buildQuery: buildArcQuery,
  transformProps: transformArcProps,
  loadComponent: () => import('../common/DeckGLChart'),
});
