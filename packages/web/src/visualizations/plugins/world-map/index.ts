import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import { buildWorldMapQuery } from './buildQuery';
import { worldMapControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformWorldMapProps } from './transformProps';
import type { WorldMapFormData, WorldMapProps } from './types';

/** World Map (`world_map`). */
export const worldMapPlugin = defineChartPlugin<WorldMapFormData, WorldMapProps>({
  vizType: 'world_map',
  name: 'World Map',
  description:
    'A map of the world that shades each country by a metric (or gives it its own color), with optional bubbles sized by a second metric.',
  category: 'Map',
  tags: [
    '2D',
    'Comparison',
    'Intensity',
    'Multi-Dimensions',
    'Multi-Layers',
    'Multi-Variables',
    'Scatter',
    'Featured',
  ],
  thumbnail,
  controlPanel: worldMapControlPanel,
  validate: (formData) => validateRequiredControls(worldMapControlPanel, formData),
  buildQuery: buildWorldMapQuery,
  transformProps: transformWorldMapProps,
  loadComponent: () => import('./WorldMapView'),
});
