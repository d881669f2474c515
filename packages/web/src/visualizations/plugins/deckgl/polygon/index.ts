import { defineChartPlugin } from '../../../core/chart-plugin';
import { validateRequiredControls } from '../../../core/control-panel';
import { validateFixedOrMetric } from '../common/fixed-or-metric';
import type { DeckChartProps } from '../common/types';
import { buildPolygonQuery } from './buildQuery';
import { polygonControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformPolygonProps } from './transformProps';
import type { DeckPolygonFormData } from './types';

/** deck.gl Polygon (`deck_polygon`): areas from a polygon column, coloured and raised by metrics. */
export const deckPolygonPlugin = defineChartPlugin<DeckPolygonFormData, DeckChartProps>({
  vizType: 'deck_polygon',
  name: 'deck.gl Polygon',
  description:
    'Draws areas from a column of polygons (JSON, GeoJSON, polyline or geohash), coloured by a metric in buckets and optionally raised in 3D.',
  category: 'Map',
  tags: ['deckGL', '3D', 'Geo', 'Multi-Dimensions'],
  thumbnail,
  controlPanel: polygonControlPanel,
  validate: (formData) => [
    ...validateRequiredControls(polygonControlPanel, formData),
    ...validateFixedOrMetric(formData, 'point_radius_fixed', 'Elevation'),
  ],
  buildQuery: buildPolygonQuery,
  transformProps: transformPolygonProps,
  loadComponent: () => import('../common/DeckGLChart'),
});
